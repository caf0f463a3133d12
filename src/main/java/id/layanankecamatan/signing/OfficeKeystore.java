package id.layanankecamatan.signing;

import id.layanankecamatan.OfficeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the office certificate at start, and creates a self-signed one where that is allowed (demo). */
@Configuration
public class OfficeKeystore {

    private static final Logger log = LoggerFactory.getLogger(OfficeKeystore.class);
    private static final String DEFAULT_ALIAS = "office";

    @Bean
    OfficeCertificate officeCertificate(SigningProperties signing, OfficeProperties office) {
        if (signing.keystore() == null || signing.keystore().isBlank()) {
            throw new IllegalStateException("layanan.signing.keystore is not set: letters cannot be signed. "
                    + "Point it at the office's PKCS#12 keystore (see README).");
        }
        Path path = Path.of(signing.keystore());
        char[] password = signing.password() == null ? new char[0] : signing.password().toCharArray();
        try {
            if (Files.notExists(path)) {
                if (!signing.selfSignedIfMissing()) {
                    throw new IllegalStateException("The office keystore " + path.toAbsolutePath() + " does not exist.");
                }
                createSelfSigned(path, password, subject(office.name(), office), "office");
            }
            return load(path, password, signing.alias());
        } catch (IOException e) {
            throw new UncheckedIOException("The office keystore " + path.toAbsolutePath() + " cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The office keystore " + path.toAbsolutePath() + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    static OfficeCertificate load(Path path, char[] password, String alias) throws IOException,
            GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            keyStore.load(in, password);
        }
        String entry = alias != null && !alias.isBlank() ? alias : Collections.list(keyStore.aliases()).stream()
                .filter(a -> isKey(keyStore, a)).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no private key in the keystore"));
        PrivateKey key = (PrivateKey) keyStore.getKey(entry, password);
        Certificate[] chain = keyStore.getCertificateChain(entry);
        if (key == null || chain == null) {
            throw new GeneralSecurityException("no private key under alias " + entry);
        }
        List<X509Certificate> certificates = Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
        certificates.get(0).checkValidity();
        return new OfficeCertificate(key, certificates);
    }

    private static boolean isKey(KeyStore keyStore, String alias) {
        try {
            return keyStore.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The distinguished name of a self-signed certificate: the person (or the office) at the office. */
    static X500Name subject(String commonName, OfficeProperties office) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.O, office.government());
        if (!commonName.equals(office.name())) {
            name.addRDN(BCStyle.OU, office.name());
        }
        return name.addRDN(BCStyle.L, office.city()).addRDN(BCStyle.C, "ID").build();
    }

    /** RSA 3072, valid five years; written once, reused at every later start. */
    static void createSelfSigned(Path path, char[] password, X500Name name, String whose) throws IOException,
            GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(5 * 365))), name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(DEFAULT_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            keyStore.store(out, password);
        }
        log.warn("Created a SELF-SIGNED {} certificate at {}: fine for a demo, replace it with an issued "
                + "certificate in production.", whose, path.toAbsolutePath());
    }
}
