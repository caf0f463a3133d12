package id.layanankecamatan.signing;

import id.layanankecamatan.OfficeProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The certificate each signer signs with, by Camunda account ({@code layanan.signing.signers.<account>}): the
 * person's own PKCS#12, or the office certificate where that is configured. Every account that may sign (camat,
 * sekretaris, acting officials) must have one, checked at start rather than at the camat's desk.
 */
@Component
public class SignerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SignerKeys.class);

    private final Map<String, SigningKey> byAccount = new LinkedHashMap<>();
    private final OfficeCertificate office;

    public SignerKeys(SigningProperties signing, OfficeCertificate office, OfficeProperties officeProperties) {
        this.office = office;
        List<String> problems = new ArrayList<>();
        officeProperties.signingAccounts().forEach((account, person) -> {
            SigningProperties.PersonalKeystore keystore = signing.signers().get(account);
            if (keystore == null) {
                problems.add("layanan.signing.signers." + account + " is not set: " + person + " cannot sign. Give "
                        + "the account its own keystore (keystore, password, alias) or use-office-certificate: true");
                return;
            }
            try {
                byAccount.put(account, key(account, person, keystore, signing.selfSignedIfMissing(), officeProperties));
            } catch (IOException | GeneralSecurityException | IllegalStateException e) {
                problems.add("layanan.signing.signers." + account + ": " + e.getMessage());
            }
        });
        signing.signers().keySet().stream().filter(account -> !byAccount.containsKey(account)
                        && !officeProperties.signingAccounts().containsKey(account))
                .forEach(account -> LOG.warn("layanan.signing.signers.{} is not a signing account of "
                        + "layanan.office (signer, deputy, acting) and is ignored", account));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Signers without a usable certificate:\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** @throws IllegalStateException for an account that has no certificate (it may not sign) */
    public SigningKey forAccount(String account) {
        SigningKey key = byAccount.get(account);
        if (key == null) {
            throw new IllegalStateException("No certificate for account '" + account
                    + "' (layanan.signing.signers): it may not sign letters");
        }
        return key;
    }

    /** The office certificate and every signer's: a letter signed with any of them is ours. */
    public Collection<X509Certificate> certificates() {
        List<X509Certificate> all = new ArrayList<>(List.of(office.certificate()));
        byAccount.values().stream().map(SigningKey::certificate).filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    private SigningKey key(String account, String person, SigningProperties.PersonalKeystore keystore,
                           boolean selfSignedIfMissing, OfficeProperties officeProperties)
            throws IOException, GeneralSecurityException {
        if (keystore.useOfficeCertificate()) {
            if (keystore.bsreCertified()) {
                throw new IllegalStateException("bsre-certified applies to a personal BSrE certificate, not to the "
                        + "office certificate");
            }
            return office.asSigningKey();
        }
        if (keystore.keystore() == null || keystore.keystore().isBlank()) {
            throw new IllegalStateException("keystore is not set (or set use-office-certificate: true)");
        }
        Path path = Path.of(keystore.keystore());
        char[] password = keystore.password() == null ? new char[0] : keystore.password().toCharArray();
        if (Files.notExists(path)) {
            if (!selfSignedIfMissing) {
                throw new IllegalStateException("the keystore " + path.toAbsolutePath() + " does not exist");
            }
            OfficeKeystore.createSelfSigned(path, password, OfficeKeystore.subject(person, officeProperties),
                    "personal (" + account + ")");
        }
        OfficeCertificate loaded = OfficeKeystore.load(path, password, keystore.alias());
        X509Certificate certificate = loaded.certificate();
        if (keystore.bsreCertified() && certificate.getSubjectX500Principal().equals(
                certificate.getIssuerX500Principal())) {
            // a self-signed certificate is never BSrE's: the letter would claim a certified signature falsely
            throw new IllegalStateException("bsre-certified is set, but " + path.toAbsolutePath()
                    + " holds a self-signed certificate");
        }
        return new SigningKey(loaded.privateKey(), loaded.chain(),
                keystore.bsreCertified() ? SignatureCertificate.BSRE : SignatureCertificate.PERSONAL);
    }
}
