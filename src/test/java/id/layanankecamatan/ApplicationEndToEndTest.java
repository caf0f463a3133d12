package id.layanankecamatan;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.support.WebappLogin;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.StaffDecision;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole application as its users drive it: the citizen through the HTTP API, the officer and the camat
 * through the authenticated engine REST API (as Tasklist does), on PostgreSQL, with mail to a real SMTP server.
 */
class ApplicationEndToEndTest extends IntegrationTest {

    private static final String TRACKING = "X-Tracking-Code";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void citizenGetsASignedLetterAfterOneRoundOfCorrection() throws Exception {
        // the citizen submits with three scans
        byte[] ktp = Samples.jpeg();
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "domisili")
                .json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", ktp).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = json.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        String code = receipt.get("trackingCode").asText();
        assertThat(number).matches("BTN-\\d{4}-\\d{6}");
        assertThat(code).hasSize(10);
        Jobs.runDue(processEngine, number);
        assertThat(mailsTo(number)).anySatisfy(m -> assertThat(m.getSubject()).contains("diterima"));

        // the engine REST API is closed to anonymous callers, and the camat does not see front-office work
        assertThat(http.get("/engine-rest/task", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks("camat", number)).isEmpty();

        // the officer finds the task, opens a scan from the form's links, and returns the application
        JsonNode verify = single(tasks("petugas", number));
        assertThat(verify.get("name").asText()).isEqualTo("Verifikasi berkas permohonan");
        JsonNode formVariables = json.readTree(http.get("/engine-rest/task/" + verify.get("id").asText()
                + "/form-variables", h -> h.set("Authorization", basic("petugas", "demo"))).getBody());
        // no personal data in the task: the form links to our page, which shows it to the officer of the task
        assertThat(formVariables.has("applicantName")).isFalse();
        assertThat(formVariables.toString()).doesNotContain(Samples.NIK, "Siti Nur");
        assertThat(formVariables.at("/applicantDataLink/value").asText())
                .isEqualTo("[Buka data pemohon](/staff/applications/" + number + ")");
        assertThat(http.get("/staff/applications/" + number, h -> h.set("Authorization", basic("petugas", "demo")))
                .getBody()).contains(Samples.NIK, "Siti Nur&#39;aini Hasibuan");
        String links = formVariables.at("/documentLinks/value").asText();
        String ktpLink = links.lines().filter(l -> l.contains("ktp")).findFirst().orElseThrow()
                .replaceAll(".*\\((/staff/[^)]+)\\).*", "$1");
        assertThat(http.getBytes(ktpLink, h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getBytes(ktpLink, h -> h.set("Authorization", basic("petugas", "demo"))).getBody()).isEqualTo(ktp);
        assertThat(groupFilterTaskIds("petugas")).contains(verify.get("id").asText());
        assertThat(http.postJson("/engine-rest/task/" + verify.get("id").asText() + "/complete",
                TaskCompletion.json(StaffDecision.ACCEPT), h -> h.set("Authorization", basic("camat", "demo")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        complete("petugas", verify, StaffDecision.RETURN, "Pindaian KK terpotong, unggah ulang halaman penuh.");
        Jobs.runDue(processEngine, number);

        // the citizen reads the note and corrects
        JsonNode returned = json.readTree(http.get("/api/v1/applications/" + number, h -> h.set(TRACKING, code)).getBody());
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("correctionNote").asText()).contains("Pindaian KK terpotong");
        assertThat(mailsTo(number)).anySatisfy(m -> assertThat(body(m)).contains("Pindaian KK terpotong"));
        ResponseEntity<String> corrected = http.postMultipart("/api/v1/applications/" + number + "/correction",
                new Http.Parts().file("kk", "kk-lengkap.pdf", Samples.pdf("kk lengkap")).build(), h -> h.set(TRACKING, code));
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);

        // verification again, then signing by the camat after a look at the preview
        complete("petugas", single(tasks("petugas", number)), StaffDecision.ACCEPT, null);
        assertThat(tasks("petugas", number)).isEmpty();
        // the draft initialled in Tasklist: the kepala seksi pemerintahan, then the sekcam
        complete("kasipem", single(tasks("kasipem", number)), "paraf", null);
        complete("sekcam", single(tasks("sekcam", number)), "paraf", null);
        JsonNode sign = single(tasks("camat", number));
        // the preview link in the signing form works with the camat's Tasklist session
        String session = WebappLogin.session(http, "camat");
        byte[] preview = http.getBytes("/staff/applications/" + number + "/letter-preview",
                h -> h.set("Cookie", session)).getBody();
        assertThat(text(preview)).contains("Nomor: (diberikan saat ditandatangani)", "Siti Nur'aini Hasibuan");
        // the diagonal watermark comes out of text extraction in pieces
        assertThat(text(preview).replaceAll("\\s", "")).contains("PRATINJAU-BELUMDITANDATANGANI");
        complete("camat", sign, StaffDecision.SIGN, null);
        Jobs.runDue(processEngine, number);

        // our records: status, timeline, who did what
        assertThat(jdbc.sql("SELECT status FROM application WHERE registration_number = ?").param(number)
                .query(String.class).single()).isEqualTo("ISSUED");
        List<String> timeline = jdbc.sql("""
                SELECT e.status || ':' || COALESCE(e.actor, '') FROM application_event e
                JOIN application a ON a.id = e.application_id WHERE a.registration_number = ? ORDER BY e.id""")
                .param(number).query(String.class).list();
        assertThat(timeline).containsExactly("SUBMITTED:pemohon", "RETURNED:petugas", "SUBMITTED:pemohon",
                "VERIFIED:petugas", "VERIFIED:kasipem", "VERIFIED:sekcam", "ISSUED:camat");
        JsonNode issued = json.readTree(http.get("/api/v1/applications/" + number, h -> h.set(TRACKING, code)).getBody());
        assertThat(issued.get("letterAvailable").asBoolean()).isTrue();
        String letterNumber = issued.get("letterNumber").asText();
        assertThat(letterNumber).matches("400\\.12\\.2/\\d{4}/BTN/[IVX]+/\\d{4}");

        // the stored PDF, as the citizen downloads it, holds the data and the signer
        ResponseEntity<byte[]> download = http.getBytes("/api/v1/applications/" + number + "/letter", h -> h.set(TRACKING, code));
        assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
        byte[] pdf = download.getBody();
        String storedHash = jdbc.sql("SELECT l.sha256 FROM letter l JOIN application a ON a.id = l.application_id "
                + "WHERE a.registration_number = ?").param(number).query(String.class).single();
        assertThat(Hashes.sha256(pdf)).isEqualTo(storedHash);
        assertThat(text(pdf)).contains("Siti Nur'aini Hasibuan", Samples.NIK, letterNumber, "Nama Camat, S.STP",
                "NIP 19800101 200501 1 001", "SURAT KETERANGAN DOMISILI");
        assertThat(text(pdf).replaceAll("\\s", "")).doesNotContain("PRATINJAU");

        // and the same PDF arrived by mail
        MimeMessage letterMail = mailsTo(number).stream().filter(m -> Mails.subject(m).contains("telah terbit"))
                .findFirst().orElseThrow();
        assertThat(letterMail.getAllRecipients()[0].toString()).isEqualTo("siti@example.com");
        assertThat(pdfAttachment(letterMail)).isEqualTo(pdf);
        String verificationCode = jdbc.sql("SELECT l.verification_code FROM letter l JOIN application a ON a.id = l.application_id "
                + "WHERE a.registration_number = ?").param(number).query(String.class).single();
        // and asks how the service was (the satisfaction survey of this application)
        assertThat(body(letterMail)).contains("/verifikasi/" + verificationCode, "/survei/" + number);
    }

    @Test
    void aWrongTrackingCodeLooksExactlyLikeAnUnknownNumber() throws Exception {
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
        String number = json.readTree(created.getBody()).get("registrationNumber").asText();

        ResponseEntity<String> wrongCode = http.get("/api/v1/applications/" + number, h -> h.set(TRACKING, "AAAAAAAAAA"));
        ResponseEntity<String> noCode = http.get("/api/v1/applications/" + number, h -> { });
        ResponseEntity<String> unknown = http.get("/api/v1/applications/BTN-1999-999999", h -> h.set(TRACKING, "AAAAAAAAAA"));
        for (ResponseEntity<String> answer : List.of(wrongCode, noCode, unknown)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(json.readTree(answer.getBody()).get("detail").asText())
                    .isEqualTo("Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.");
        }
        assertThat(http.getBytes("/api/v1/applications/" + number + "/letter", h -> h.set(TRACKING, "AAAAAAAAAA"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<JsonNode> tasks(String user, String number) throws Exception {
        ResponseEntity<String> answer = http.get("/engine-rest/task?processInstanceBusinessKey=" + number,
                h -> h.set("Authorization", basic(user, "demo")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> tasks = new java.util.ArrayList<>();
        json.readTree(answer.getBody()).forEach(tasks::add);
        return tasks;
    }

    /** The tasks behind the Tasklist filter "Tugas grup saya", as the user sees them. */
    private List<String> groupFilterTaskIds(String user) throws Exception {
        JsonNode filters = json.readTree(http.get("/engine-rest/filter?resourceType=Task",
                h -> h.set("Authorization", basic(user, "demo"))).getBody());
        List<String> names = new java.util.ArrayList<>();
        filters.forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).contains("Tugas saya", "Tugas grup saya");
        String groupFilter = java.util.stream.StreamSupport.stream(filters.spliterator(), false)
                .filter(f -> f.get("name").asText().equals("Tugas grup saya")).findFirst().orElseThrow()
                .get("id").asText();
        List<String> ids = new java.util.ArrayList<>();
        json.readTree(http.get("/engine-rest/filter/" + groupFilter + "/list?maxResults=1000",
                h -> h.set("Authorization", basic(user, "demo"))).getBody()).forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static JsonNode single(List<JsonNode> tasks) {
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /** Claim and complete as Tasklist does, with the decision and note variables of the form. */
    private void complete(String user, JsonNode task, String decision, String note) throws Exception {
        String id = task.get("id").asText();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}",
                h -> h.set("Authorization", basic(user, "demo"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> answer = http.postJson("/engine-rest/task/" + id + "/complete",
                TaskCompletion.json(decision, note),
                h -> h.set("Authorization", basic(user, "demo")));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<MimeMessage> mailsTo(String number) {
        return Mails.about(receivedMails(), number);
    }

    private static String body(MimeMessage message) throws Exception {
        return firstText(message.getContent());
    }

    /** The first text part, however deep the multipart nesting. */
    private static String firstText(Object content) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            return firstText(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
