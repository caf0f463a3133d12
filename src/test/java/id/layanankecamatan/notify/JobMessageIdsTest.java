package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A job that runs again sends its mails with the same Message-ID; different mails never share one. */
class JobMessageIdsTest {

    private static final OutgoingMail RECEIPT = new OutgoingMail("siti@example.com", "Permohonan BTN-2026-000001 diterima",
            "isi", null, null);

    @Test
    void theSameMailOfTheSameJobHasTheSameId() {
        assertThat(JobMessageIds.of("job-1", RECEIPT, "layanan@kecamatan.example.go.id"))
                .isEqualTo(JobMessageIds.of("job-1", RECEIPT, "layanan@kecamatan.example.go.id"))
                .matches("<job\\.job-1\\.[0-9a-f]{16}@kecamatan\\.example\\.go\\.id>");
    }

    @Test
    void anotherJobOrAnotherRecipientGetsAnotherId() {
        OutgoingMail toAnother = new OutgoingMail("budi@example.com", RECEIPT.subject(), "isi", null, null);

        assertThat(JobMessageIds.of("job-2", RECEIPT, "layanan@example.go.id"))
                .isNotEqualTo(JobMessageIds.of("job-1", RECEIPT, "layanan@example.go.id"));
        assertThat(JobMessageIds.of("job-1", toAnother, "layanan@example.go.id"))
                .isNotEqualTo(JobMessageIds.of("job-1", RECEIPT, "layanan@example.go.id"));
    }

    @Test
    void aSenderWithADisplayNameGivesItsDomain() {
        assertThat(JobMessageIds.of("job-1", RECEIPT, "Kantor Camat <layanan@kecamatan.example.go.id>"))
                .endsWith("@kecamatan.example.go.id>");
    }
}
