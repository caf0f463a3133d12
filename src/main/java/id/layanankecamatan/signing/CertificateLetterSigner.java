package id.layanankecamatan.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * A PAdES baseline signature (ETSI.CAdES.detached) made with the signer's certificate ({@link SignerKeys}): PDFBox
 * writes the signature dictionary as an incremental update, BouncyCastle makes the CMS signature over the signed
 * bytes.
 */
@Component
public class CertificateLetterSigner implements LetterSigner {

    // room for a CMS signature with a 4096-bit key and a short chain
    private static final int SIGNATURE_SIZE = 16_384;

    private final SignerKeys keys;

    public CertificateLetterSigner(SignerKeys keys) {
        this.keys = keys;
    }

    @Override
    public SignatureCertificate certificateOf(String account) {
        return keys.forAccount(account).kind();
    }

    @Override
    public byte[] sign(byte[] pdf, SignatureDetails details) {
        SigningKey key = keys.forAccount(details.account());
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(details.signerName());
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            // PAdES: the signing time lives in the signature dictionary, not in the CMS attributes
            signature.setSignDate(GregorianCalendar.from(details.signedAt().toZonedDateTime()));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            markWidgetsPrintable(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent(), key));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be signed", e);
        }
    }

    /** PDF/A wants every annotation printable, the invisible signature widget included. */
    private static void markWidgetsPrintable(PDDocument document) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                widget.setPrinted(true);
            }
        }
    }

    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(
                            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                            new IssuerSerial(new GeneralNames(new GeneralName(
                                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                                    certificate.getSerialNumber())))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(
                            new AttributeTable(new DERSet(signingCertificate))))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm(certificate)).build(key.privateKey()),
                            certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        }
    }

    private static String signatureAlgorithm(X509Certificate certificate) {
        return "EC".equals(certificate.getPublicKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /** Bouncy Castle adds a signing-time attribute by default; PAdES baseline signatures must not carry one. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
