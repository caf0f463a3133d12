package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The staff alerts as composed from {@code notices/staff-mail/}: the texts the SLA watch always sent. */
class StaffMailTextsTest {

    private static final MessageTexts<StaffNotice> STAFF = MessageTexts.load(StaffMail.TEMPLATES, StaffNotice.class,
            true);

    private static RenderedMessage compose(StaffNotice.Filled filled) {
        return STAFF.compose(filled.notice(), filled.values());
    }

    @Test
    void stepReminder() {
        RenderedMessage mail = compose(StaffNotice.stepReminder("BTN-2037-000042", "Verifikasi berkas permohonan",
                "3 Juni 2037 16:00 WITA"));

        assertThat(mail.subject()).isEqualTo("Pengingat: Verifikasi berkas permohonan BTN-2037-000042");
        assertThat(mail.body()).isEqualTo("Permohonan BTN-2037-000042 menunggu langkah \"Verifikasi berkas "
                + "permohonan\". Sebagian besar waktu yang diberikan sudah terpakai; batas waktunya 3 Juni 2037 16:00 "
                + "WITA.\n\nBuka Camunda Tasklist untuk menyelesaikannya.");
    }

    @Test
    void stepOverdueNamesWhoHoldsTheStep() {
        RenderedMessage mail = compose(StaffNotice.stepOverdue("BTN-2037-000042", "Tanda tangan surat",
                "3 Juni 2037 16:00 WIB", "camat", List.of("camat", "sekcam")));

        assertThat(mail.subject()).isEqualTo("Terlambat: Tanda tangan surat BTN-2037-000042");
        assertThat(mail.body()).isEqualTo("Permohonan BTN-2037-000042 melewati batas waktu standar pelayanan pada "
                + "langkah \"Tanda tangan surat\" (batas 3 Juni 2037 16:00 WIB), dipegang oleh camat.\n\nLihat Camunda "
                + "Cockpit, bagian Standar pelayanan.");
    }

    @Test
    void stepOverdueNamesTheGroupsWhileNobodyHasClaimedIt() {
        RenderedMessage mail = compose(StaffNotice.stepOverdue("BTN-2037-000042", "Tanda tangan surat",
                "3 Juni 2037 16:00 WIB", null, List.of("camat", "sekcam")));

        assertThat(mail.body()).contains("dipegang oleh grup camat, sekcam.\n\n");
    }

    @Test
    void completionOverdue() {
        RenderedMessage mail = compose(StaffNotice.completionOverdue("BTN-2037-000042", "5 Juni 2037 16:00 WIT"));

        assertThat(mail.subject()).isEqualTo("Melewati waktu penyelesaian: BTN-2037-000042");
        assertThat(mail.body()).isEqualTo("Permohonan BTN-2037-000042 belum selesai pada waktu yang dijanjikan kepada "
                + "pemohon (5 Juni 2037 16:00 WIT).\n\nLihat Camunda Cockpit, bagian Standar pelayanan, untuk langkah "
                + "yang tertahan.");
    }
}
