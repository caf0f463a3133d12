package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The citizen mails as composed from the bundled templates in {@code notices/mail/}: word for word what the
 * office sent before the texts moved out of the code.
 */
class MailNoticeTextsTest {

    private static final MessageTexts<Notice> MAIL = MessageTexts.load(MailNoticeChannel.TEMPLATES, Notice.class, true);

    private static final String FOOTER = "\n\nLihat perkembangan permohonan di https://layanan.example/lacak?nomor="
            + "BTN-2037-000042 dengan kode lacak Anda.\n\nSalam,\nKantor Camat";

    private static final String SURVEY_URL = "https://layanan.example/survei/BTN-2037-000042";
    private static final String SURVEY = "\n\nBagaimana pelayanan kami? Isi survei kepuasan singkat, tanpa nama, di "
            + SURVEY_URL;
    private static final String COMPLAINT_URL = "https://layanan.example/pengaduan?nomor=BTN-2037-000042";
    private static final String COMPLAINT = "\nAda keluhan? Ajukan pengaduan di " + COMPLAINT_URL;

    private static Map<String, String> facts(String... own) {
        Map<String, String> values = new HashMap<>(Map.of("name", "Siti Nur'aini Hasibuan",
                "service", "Surat Keterangan Domisili", "number", "BTN-2037-000042",
                "trackingUrl", "https://layanan.example/lacak?nomor=BTN-2037-000042"));
        for (int i = 0; i < own.length; i += 2) {
            values.put(own[i], own[i + 1]);
        }
        return values;
    }

    @Test
    void received() {
        RenderedMessage mail = MAIL.compose(Notice.RECEIVED, facts("trackingCode", "K7M2-Q9PX"));

        assertThat(mail.subject()).isEqualTo("Permohonan BTN-2037-000042 diterima");
        assertThat(mail.body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\npermohonan Surat Keterangan Domisili Anda "
                + "telah kami terima dengan nomor registrasi BTN-2037-000042. Kode lacak: K7M2-Q9PX (simpan dan jangan "
                + "berikan kepada orang lain). Petugas akan memeriksa berkas Anda." + FOOTER);
    }

    @Test
    void returned() {
        RenderedMessage mail = MAIL.compose(Notice.RETURNED, facts("note", "Pindaian KK terpotong.\nKirim ulang.",
                "correctionDue", "3 Juni 2037, 16:00 WITA"));

        assertThat(mail.subject()).isEqualTo("Permohonan BTN-2037-000042 perlu diperbaiki");
        assertThat(mail.body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\npermohonan Surat Keterangan Domisili Anda "
                + "dikembalikan untuk diperbaiki.\n\nCatatan petugas: Pindaian KK terpotong.\nKirim ulang.\n\nKirim "
                + "perbaikan paling lambat 3 Juni 2037, 16:00 WITA. Tanpa perbaikan sampai batas itu, permohonan "
                + "ditutup." + FOOTER);
    }

    @Test
    void rejected() {
        RenderedMessage mail = MAIL.compose(Notice.REJECTED, facts("note", "Bukan warga kecamatan ini.", "surveyUrl", SURVEY_URL,
                "complaintUrl", COMPLAINT_URL));

        assertThat(mail.subject()).isEqualTo("Permohonan BTN-2037-000042 ditolak");
        assertThat(mail.body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\ndengan menyesal kami sampaikan bahwa "
                + "permohonan Surat Keterangan Domisili Anda ditolak.\n\nAlasan: Bukan warga kecamatan ini." + SURVEY
                + "\nTidak setuju dengan penolakan ini? Ajukan pengaduan di " + COMPLAINT_URL + FOOTER);
    }

    @Test
    void closed() {
        RenderedMessage mail = MAIL.compose(Notice.CLOSED, facts());

        assertThat(mail.subject()).isEqualTo("Permohonan BTN-2037-000042 ditutup");
        assertThat(mail.body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\npermohonan Surat Keterangan Domisili Anda "
                + "ditutup karena perbaikan tidak kami terima sampai batas waktu. Anda dapat mengajukan permohonan "
                + "baru kapan saja." + FOOTER);
    }

    @Test
    void issuedNamesTheVerificationPage() {
        RenderedMessage mail = MAIL.compose(Notice.ISSUED, facts("letterNumber", "470/12/BTN/2037",
                "verificationUrl", "https://layanan.example/verifikasi/ABCD2345", "surveyUrl", SURVEY_URL,
                "complaintUrl", COMPLAINT_URL));

        assertThat(mail.subject()).isEqualTo("Surat untuk permohonan BTN-2037-000042 telah terbit");
        assertThat(mail.body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\nSurat Keterangan Domisili Anda telah "
                + "ditandatangani dengan nomor surat 470/12/BTN/2037. Surat terlampir dalam surel ini dan dapat "
                + "diunduh di halaman lacak. Siapa pun yang menerima surat ini dapat memeriksa keasliannya di "
                + "https://layanan.example/verifikasi/ABCD2345." + SURVEY + COMPLAINT + FOOTER);
    }

    @Test
    void issuedForALetterWithoutVerificationPageLeavesThatSentenceOut() {
        Map<String, String> values = facts("letterNumber", "470/12/BTN/2037", "surveyUrl", SURVEY_URL,
                "complaintUrl", COMPLAINT_URL);
        values.put("verificationUrl", null);

        assertThat(MAIL.compose(Notice.ISSUED, values).body()).isEqualTo("Yth. Siti Nur'aini Hasibuan,\n\nSurat "
                + "Keterangan Domisili Anda telah ditandatangani dengan nomor surat 470/12/BTN/2037. Surat terlampir "
                + "dalam surel ini dan dapat diunduh di halaman lacak." + SURVEY + COMPLAINT + FOOTER);
    }
}
