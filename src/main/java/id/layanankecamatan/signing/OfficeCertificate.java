package id.layanankecamatan.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The office's signing key and its certificate chain (the office certificate first). */
public record OfficeCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public SigningKey asSigningKey() {
        return new SigningKey(privateKey, chain, SignatureCertificate.OFFICE);
    }
}
