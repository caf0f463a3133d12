package id.layanankecamatan.signing;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks the last signature of a PDF: intact, covering the whole file, and made with one of our certificates. */
@Component
public class SignatureCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureCheck.class);

    public enum Result {
        /** signed with the office's or one of its signers' certificates, and not a byte changed since */
        INTACT,
        /** no signature at all (e.g. printed to PDF again, or re-saved by an editor) */
        NOT_SIGNED,
        /** a signature whose signed bytes no longer match, or bytes added after it */
        BROKEN,
        /** an intact signature, but not made with a certificate of this office */
        OTHER_SIGNER,
        /** not a PDF that can be read */
        UNREADABLE
    }

    private final SignerKeys keys;

    public SignatureCheck(SignerKeys keys) {
        this.keys = keys;
    }

    public Result check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Result.NOT_SIGNED;
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return Result.BROKEN;
            }
            return verify(signature.getContents(pdf), signature.getSignedContent(pdf));
        } catch (IOException | RuntimeException e) {
            // the reader sees "unreadable"; the operator can tell a damaged upload from a fault of ours
            LOG.info("Uploaded PDF unreadable for the signature check: {}", e.toString());
            return Result.UNREADABLE;
        }
    }

    private Result verify(byte[] cmsBytes, byte[] signedContent) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), cmsBytes);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Result.BROKEN;
            }
            X509CertificateHolder certificate = matches.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Result.BROKEN;
            }
            for (java.security.cert.X509Certificate ours : keys.certificates()) {
                if (certificate.equals(new X509CertificateHolder(ours.getEncoded()))) {
                    return Result.INTACT;
                }
            }
            return Result.OTHER_SIGNER;
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                 | IOException | RuntimeException e) {
            // mostly a changed file; but if every upload shows here, the office certificate is the suspect
            LOG.info("Signature of an uploaded PDF does not verify, answered as broken: {}", e.toString());
            return Result.BROKEN;
        }
    }
}
