package id.layanankecamatan.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A key that signs letters, its certificate chain (its own certificate first) and what kind it is. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, SignatureCertificate kind) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
