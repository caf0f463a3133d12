package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.OfficeProperties.ActingOfficial;
import id.layanankecamatan.OfficeProperties.Mandate;
import id.layanankecamatan.OfficeProperties.Signer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signing account and the day decide who the letter names and in which capacity (tata naskah dinas). */
class SignatoriesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Signer CAMAT = new Signer("camat", "Nama Camat, S.STP", "198001012005011001",
            "Pembina (IV/a)", "Camat Padangsidimpuan Batunadua", null);
    private static final Signer SEKRETARIS = new Signer("sekcam", "Nama Sekretaris, S.Sos", "198502022010012002",
            "Penata Tingkat I (III/d)", "Sekretaris Kecamatan Padangsidimpuan Batunadua", "Sekretaris");

    @Test
    void theCamatTheSekretarisAtasNamaAndAnActingOfficialWithinTheMandate() {
        Signatories signatories = new Signatories(office(List.of(
                acting("sekcam", Mandate.PLT, DAY, DAY.plusDays(2)),
                acting("plh", Mandate.PLH, DAY.minusDays(1), DAY))));

        Signatory camat = signatories.signing("camat", DAY);
        assertThat(camat.heading()).containsExactly("CAMAT PADANGSIDIMPUAN BATUNADUA,");
        assertThat(camat.inSentence()).isEqualTo("Camat Padangsidimpuan Batunadua");
        assertThat(camat.printedNip()).isEqualTo("NIP 19800101 200501 1 001");

        Signatory sekretaris = signatories.signing("sekcam", DAY.minusDays(1));
        assertThat(sekretaris.heading()).containsExactly("a.n. CAMAT PADANGSIDIMPUAN BATUNADUA", "SEKRETARIS,");
        assertThat(sekretaris.title())
                .isEqualTo("Sekretaris Kecamatan Padangsidimpuan Batunadua a.n. Camat Padangsidimpuan Batunadua");
        assertThat(sekretaris.inSentence())
                .isEqualTo("Sekretaris Kecamatan Padangsidimpuan Batunadua, atas nama Camat Padangsidimpuan Batunadua");

        // the same sekretaris, appointed Plt. for these days: the mandate, not a.n.
        Signatory plt = signatories.signing("sekcam", DAY);
        assertThat(plt.heading()).containsExactly("Plt. CAMAT PADANGSIDIMPUAN BATUNADUA,");
        assertThat(plt.name()).isEqualTo("Nama Acting sekcam");
        assertThat(plt.title()).isEqualTo("Plt. Camat Padangsidimpuan Batunadua");

        assertThat(signatories.signing("plh", DAY).heading()).containsExactly("Plh. CAMAT PADANGSIDIMPUAN BATUNADUA,");
        assertThatThrownBy(() -> signatories.signing("plh", DAY.plusDays(1)))
                .hasMessageContaining("'plh' may not sign letters on 2026-12-03");
        assertThatThrownBy(() -> signatories.signing("petugas", DAY)).hasMessageContaining("'petugas'");
        // a preview for someone who cannot sign shows the camat's block
        assertThat(signatories.previewing("petugas", DAY)).isEqualTo(camat);
    }

    @Test
    void aMandateWithoutDatesOrEndingBeforeItStartsStopsTheStart() {
        assertThatThrownBy(() -> new Signatories(office(List.of(acting("plh", Mandate.PLH, DAY, DAY.minusDays(1))))))
                .hasMessageContaining("layanan.office: acting: plh ends (2026-12-01) before it starts (2026-12-02)");
        assertThatThrownBy(() -> new Signatories(office(List.of(acting("plh", null, DAY, DAY)))))
                .hasMessageContaining("needs account, name, mandate (PLH or PLT), from and to");
    }

    private static ActingOfficial acting(String account, Mandate mandate, LocalDate from, LocalDate to) {
        return new ActingOfficial(account, "Nama Acting " + account, "197503032000031003", null, mandate, from, to);
    }

    private static OfficeProperties office(List<ActingOfficial> acting) {
        return new OfficeProperties("BTN", "PEMERINTAH KOTA PADANGSIDIMPUAN", "KECAMATAN PADANGSIDIMPUAN BATUNADUA",
                null, null, "Padangsidimpuan", CAMAT, SEKRETARIS, acting,
                "127703");
    }
}
