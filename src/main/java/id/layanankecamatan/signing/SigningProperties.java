package id.layanankecamatan.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office certificate: a PKCS#12 keystore. {@code selfSignedIfMissing} lets a demo or a first install create a
 * self-signed certificate on its first start; a real office replaces it with the certificate it was issued.
 */
@ConfigurationProperties("layanan.signing")
public record SigningProperties(String keystore, String password, String alias, boolean selfSignedIfMissing) {
}
