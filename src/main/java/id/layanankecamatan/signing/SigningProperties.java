package id.layanankecamatan.signing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office certificate (a PKCS#12 keystore) and each signer's own certificate by Camunda account
 * ({@code signers.<account>}). {@code selfSignedIfMissing} lets a demo or a first install create self-signed
 * certificates on its first start; a real office replaces them with the certificates it was issued.
 */
@ConfigurationProperties("layanan.signing")
public record SigningProperties(String keystore, String password, String alias, boolean selfSignedIfMissing,
                                Map<String, PersonalKeystore> signers) {

    public SigningProperties {
        signers = signers == null ? Map.of() : Map.copyOf(signers);
    }

    /**
     * One signer's own certificate.
     *
     * @param useOfficeCertificate sign with the office certificate instead; the letter then says so
     * @param bsreCertified        the certificate was issued by BSrE (BSSN), a certified electronic signature
     *                             (PP 71/2019): only then does the letter carry the UU ITE/BSrE footer
     */
    public record PersonalKeystore(String keystore, String password, String alias, boolean useOfficeCertificate,
                                   boolean bsreCertified) {
    }
}
