package id.layanankecamatan.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.OfficeProperties.ActingOfficial;
import id.layanankecamatan.OfficeProperties.Mandate;
import id.layanankecamatan.OfficeProperties.Signer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every account that may sign has a certificate of its own (or is told to use the office's), checked at start;
 * a BSrE claim on a self-signed certificate is refused, so the letter never claims a certified signature falsely.
 */
class SignerKeysTest {

    private static final OfficeProperties OFFICE = new OfficeProperties("BTN", "PEMERINTAH KOTA PADANGSIDIMPUAN",
            "KECAMATAN PADANGSIDIMPUAN BATUNADUA", "Jl. Raja Inal Siregar", "Telp.", "Padangsidimpuan",
            new Signer("camat", "Nama Camat, S.STP", "198001012005011001", "Pembina (IV/a)", "Camat", null),
            new Signer("sekcam", "Nama Sekretaris, S.Sos", "198502022010012002", null, "Sekretaris Kecamatan",
                    "Sekretaris"),
            List.of(new ActingOfficial("plh", "Nama Plh, S.E.", "197503032000031003", null, Mandate.PLH,
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4))), "127703");

    @TempDir
    Path folder;
    private OfficeCertificate office;

    @BeforeEach
    void officeCertificate() throws Exception {
        Path keystore = folder.resolve("office.p12");
        OfficeKeystore.createSelfSigned(keystore, "kantor".toCharArray(),
                OfficeKeystore.subject(OFFICE.name(), OFFICE), "office");
        office = OfficeKeystore.load(keystore, "kantor".toCharArray(), null);
    }

    @Test
    void eachPersonGetsACertificateInTheirOwnNameAndTheOfficeCertificateOnlyWhereConfigured() {
        SignerKeys keys = new SignerKeys(signing(true, Map.of(
                "camat", personal("camat.p12", false),
                "sekcam", personal("sekcam.p12", false),
                "plh", new SigningProperties.PersonalKeystore(null, null, null, true, false))), office, OFFICE);

        assertThat(keys.forAccount("camat").kind()).isEqualTo(SignatureCertificate.PERSONAL);
        assertThat(keys.forAccount("camat").certificate().getSubjectX500Principal().getName())
                .contains("CN=Nama Camat\\, S.STP", "OU=KECAMATAN PADANGSIDIMPUAN BATUNADUA");
        assertThat(keys.forAccount("sekcam").certificate()).isNotEqualTo(keys.forAccount("camat").certificate());
        assertThat(keys.forAccount("plh").kind()).isEqualTo(SignatureCertificate.OFFICE);
        assertThat(keys.forAccount("plh").certificate()).isEqualTo(office.certificate());
        assertThat(keys.certificates()).hasSize(3).contains(office.certificate());
        assertThatThrownBy(() -> keys.forAccount("petugas")).hasMessageContaining("'petugas' (layanan.signing");
        // a second start reuses what the first created
        assertThat(new SignerKeys(signing(false, Map.of("camat", personal("camat.p12", false),
                "sekcam", personal("sekcam.p12", false), "plh", personal("camat.p12", false))), office, OFFICE)
                .forAccount("camat").certificate()).isEqualTo(keys.forAccount("camat").certificate());
    }

    @Test
    void aSignerWithoutCertificateOrAFalseBsreClaimStopsTheStart() {
        assertThatThrownBy(() -> new SignerKeys(signing(true, Map.of("camat", personal("camat.p12", true))),
                office, OFFICE))
                .hasMessageContaining("layanan.signing.signers.camat: bsre-certified is set, but")
                .hasMessageContaining("holds a self-signed certificate")
                .hasMessageContaining("layanan.signing.signers.sekcam is not set: Nama Sekretaris, S.Sos cannot sign")
                .hasMessageContaining("layanan.signing.signers.plh is not set");
        assertThatThrownBy(() -> new SignerKeys(signing(false, Map.of("camat", personal("missing.p12", false),
                "sekcam", new SigningProperties.PersonalKeystore(null, null, null, true, true),
                "plh", new SigningProperties.PersonalKeystore(null, null, null, false, false))), office, OFFICE))
                .hasMessageContaining("missing.p12 does not exist")
                .hasMessageContaining("sekcam: bsre-certified applies to a personal BSrE certificate")
                .hasMessageContaining("plh: keystore is not set");
    }

    private SigningProperties.PersonalKeystore personal(String file, boolean bsre) {
        return new SigningProperties.PersonalKeystore(folder.resolve(file).toString(), "rahasia-" + file, null,
                false, bsre);
    }

    private static SigningProperties signing(boolean selfSigned, Map<String, SigningProperties.PersonalKeystore> signers) {
        return new SigningProperties(null, null, null, selfSigned, signers);
    }
}
