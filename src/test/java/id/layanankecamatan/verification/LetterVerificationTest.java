package id.layanankecamatan.verification;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.document.VerificationCode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** The public verification page and upload check, and the camat's revocation, over HTTP. */
class LetterVerificationTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;

    private Http http;
    private Letter letter;
    private Receipt receipt;

    @BeforeEach
    void issuedLetter() {
        http = new Http(baseUrl());
        receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(), null,
                Submission.CHANNEL_ONLINE));
        StaffWork.verified(processEngine, receipt.registrationNumber());
        letter = new TransactionTemplate(transactions)
                .execute(s -> letters.issue(receipt.registrationNumber(), "camat"));
    }

    @Test
    void thePageShowsTheLetterWithTheApplicantPartlyMasked() {
        ResponseEntity<String> page = http.get("/verifikasi/" + letter.verificationCode(), h -> { });

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(page)).contains("TERDAFTAR", "surat dengan kode ini tercatat diterbitkan oleh kantor kecamatan "
                + "dan tidak dicabut.", "Ditandatangani secara elektronik oleh Nama Camat, S.STP dengan sertifikat pribadi "
                + "penanda tangan.", letter.number(), "Surat Keterangan Domisili", "Nama Camat, S.STP",
                "Camat Padangsidimpuan Batunadua", "S*** N******* H*******", letter.sha256(),
                VerificationCode.display(letter.verificationCode())).doesNotContain("Hasibuan", Samples.NIK);
    }

    @Test
    void aTypedCodeIsFoundWhateverItsCaseAndDashes() {
        String typed = VerificationCode.display(letter.verificationCode()).toLowerCase();
        ResponseEntity<String> redirect = http.get("/verifikasi?kode=" + typed, h -> { });
        assertThat(redirect.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(redirect.getHeaders().getLocation().getPath()).isEqualTo("/verifikasi/" + letter.verificationCode());
        assertThat(http.get("/verifikasi/" + typed, h -> { }).getBody()).contains(letter.number());
    }

    @Test
    void anUnknownCodeIsSaidToBeUnknown() {
        ResponseEntity<String> page = http.get("/verifikasi/ZZZZZ22222", h -> { });
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(text(page)).contains("Kode verifikasi ZZZZZ-22222 tidak dikenal");
    }

    @Test
    void theIssuedFileIsGenuineAndAChangedCopyIsNot() {
        assertThat(text(upload("/verifikasi/" + letter.verificationCode(), letter.pdf())))
                .contains("ASLI: berkas ini sama persis dengan surat nomor " + letter.number(),
                        "Tanda tangan elektronik utuh. Ditandatangani secara elektronik oleh Nama Camat, S.STP "
                                + "dengan sertifikat pribadi penanda tangan.");

        byte[] changed = letter.pdf().clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("<pdf:Producer>Layanan")
                + "<pdf:Producer>".length();
        changed[at] = 'K';
        assertThat(text(upload("/verifikasi/" + letter.verificationCode(), changed)))
                .contains("TIDAK SESUAI: berkas ini tidak sama dengan surat nomor " + letter.number(),
                        "Tanda tangan elektronik rusak");

        ResponseEntity<String> notPdf = upload("/verifikasi/" + letter.verificationCode(), Samples.png());
        assertThat(notPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text(notPdf)).contains("Berkas ini bukan PDF");
    }

    @Test
    void aFileUploadedWithoutACodeIsFoundByItsContent() throws Exception {
        assertThat(text(upload("/verifikasi", letter.pdf()))).contains("ASLI", letter.number());

        java.io.ByteArrayOutputStream unsigned = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument other = new org.apache.pdfbox.pdmodel.PDDocument()) {
            other.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            other.save(unsigned);
        }
        assertThat(text(upload("/verifikasi", unsigned.toByteArray())))
                .contains("TIDAK DITEMUKAN", "Berkas tidak memuat tanda tangan elektronik");
        assertThat(text(upload("/verifikasi", Samples.pdf("only a header"))))
                .contains("TIDAK DITEMUKAN", "Berkas tidak dapat dibaca sebagai PDF.");
    }

    @Test
    void onlyTheCamatRevokesAndThePageThenSaysRevoked() {
        String path = "/staff/surat/" + letter.verificationCode() + "/pencabutan";
        String reason = "alasan=" + java.net.URLEncoder.encode("Data alamat pemohon ternyata keliru", StandardCharsets.UTF_8);

        assertThat(http.postForm(path, reason, h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> petugas = http.postForm(path, reason, h -> h.set("Authorization", basic("petugas", "demo")));
        assertThat(petugas.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(text(petugas)).contains("Hanya camat yang dapat mencabut surat.");
        ResponseEntity<String> crossSite = http.postForm(path, reason, h -> {
            h.set("Authorization", basic("camat", "demo"));
            h.set("Origin", "https://evil.example");
        });
        assertThat(crossSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = http.postForm(path, "alasan=salah", h -> h.set("Authorization", basic("camat", "demo")));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text(noReason)).contains("Tuliskan alasan pencabutan");
        assertThat(http.get("/verifikasi/" + letter.verificationCode(), h -> { }).getBody()).doesNotContain("DICABUT");

        ResponseEntity<String> revoked = http.postForm(path, reason, h -> h.set("Authorization", basic("camat", "demo")));
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.FOUND);

        assertThat(text(http.get("/verifikasi/" + letter.verificationCode(), h -> { })))
                .contains("DICABUT", "Data alamat pemohon ternyata keliru").doesNotContain("TERDAFTAR");
        assertThat(text(upload("/verifikasi/" + letter.verificationCode(), letter.pdf())))
                .contains("DICABUT: berkas ini sama dengan surat nomor " + letter.number());
        ResponseEntity<String> again = http.postForm(path, reason, h -> h.set("Authorization", basic("camat", "demo")));
        assertThat(text(again)).contains("sudah dicabut sebelumnya");
        // the citizen reads it on the tracking timeline
        assertThat(http.get("/api/v1/applications/" + receipt.registrationNumber(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getBody())
                .contains("dicabut oleh camat dan tidak berlaku lagi. Alasan: Data alamat pemohon ternyata keliru");
        assertThat(text(http.get("/staff/surat?nomor=" + letter.number(), h -> h.set("Authorization", basic("petugas", "demo")))))
                .contains(letter.number(), "Dicabut", "oleh camat").doesNotContain("Cabut surat");
    }

    private ResponseEntity<String> upload(String path, byte[] pdf) {
        return http.postMultipart(path, new Http.Parts().file("berkas", "surat.pdf", pdf).build(), h -> { });
    }

    private static String text(ResponseEntity<String> page) {
        return HtmlUtils.htmlUnescape(page.getBody() == null ? "" : page.getBody()).replaceAll("\\s+", " ");
    }
}
