package id.layanankecamatan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.support.FinishedApplications;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, intake through the citizen API: a complaint by JSON and by multipart with files, tracked with its code,
 * refused with Indonesian problems and nothing stored, and the complainant's two answers in and out of their status.
 */
class ComplaintApiTest extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired ApplicationService applications;
    @Autowired ApplicationRepository applicationRows;
    @Autowired ServiceCatalog catalog;
    @Autowired id.layanankecamatan.security.ThrottleProperties limits;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void aComplaintSentAsJsonIsStoredWithItsDeadlinesTimelineReceiptMailAndProcess() throws Exception {
        String registration = new FinishedApplications(applications, applicationRows, catalog).submitted()
                .registrationNumber();

        ResponseEntity<String> answer = http.postJson("/api/v1/complaints", """
                {"type": "PENGADUAN", "text": "Petugas loket meminta biaya untuk surat domisili.\\nMohon ditindaklanjuti.",
                 "registrationNumber": "%s", "name": "Rina Lubis", "email": "rina@example.com",
                 "phone": "0812-3456-7890", "confidential": true, "laporReference": "#1234567"}""".formatted(
                registration.toLowerCase()), h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = JSON.readTree(answer.getBody());
        String number = body.get("complaintNumber").asText();
        assertThat(number).matches("BTN-ADU-\\d{4}-\\d{5}");
        assertThat(body.get("trackingCode").asText()).matches("[2-9A-HJKMNP-Z]{10}");
        assertThat(body.get("status").asText()).isEqualTo("DITERIMA");
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/v1/complaints/" + number);
        Map<String, Object> row = jdbc.sql("SELECT * FROM complaint WHERE complaint_number = ?").param(number)
                .query().singleRow();
        assertThat(row).containsEntry("channel", "PORTAL").containsEntry("entered_by", null)
                .containsEntry("registration_number", registration).containsEntry("service_code", "domisili")
                .containsEntry("complainant_phone", "081234567890").containsEntry("confidential", true)
                .containsEntry("lapor_reference", "1234567").containsEntry("status", "DITERIMA");
        OffsetDateTime received = jdbc.sql("SELECT received_at FROM complaint WHERE complaint_number = ?").param(number)
                .query(OffsetDateTime.class).single();
        assertThat(at(number, "verification_due")).isEqualTo(calendar.addWorkingDays(received, 3).toInstant());
        assertThat(at(number, "acknowledgement_due")).isEqualTo(received.plusDays(14).toInstant());
        assertThat(jdbc.sql("""
                SELECT e.status || ':' || e.public_note || ':' || e.note FROM complaint_event e
                JOIN complaint c ON c.id = e.complaint_id WHERE c.complaint_number = ?""").param(number)
                .query(String.class).list()).containsExactly("DITERIMA:true:Diterima melalui Portal layanan.");
        // the process knows the type and nothing personal
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint").processInstanceBusinessKey(number).singleResult();
        assertThat(processEngine.getRuntimeService().getVariables(instance.getId()))
                .isEqualTo(Map.of("complaintType", "PENGADUAN"));
        List<MimeMessage> mails = Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).contains(number)).toList();
        assertThat(mails).hasSize(1);
        assertThat(Mails.recipient(mails.get(0))).isEqualTo("rina@example.com");
        assertThat(Mails.subject(mails.get(0))).isEqualTo("Pengaduan " + number + " telah kami terima");
        assertThat((String) mails.get(0).getContent()).contains("Yth. Rina Lubis,", body.get("trackingCode").asText(),
                "/pengaduan/lacak?nomor=" + number);
    }

    @Test
    void aComplaintWithFilesAsMultipartStoresEachFileAPhotoWithoutItsMetadata() throws Exception {
        ResponseEntity<String> answer = http.postMultipart("/api/v1/complaints", new Http.Parts()
                .json("data", "{\"type\":\"SARAN\",\"text\":\"Ruang tunggu perlu kursi tambahan.\"}")
                .file("foto", "ruang-tunggu.png", Samples.png()).file("surat", "surat.pdf", Samples.pdf("surat"))
                .build(), h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = JSON.readTree(answer.getBody()).get("complaintNumber").asText();
        assertThat(jdbc.sql("""
                SELECT a.file_name || ':' || a.content_type FROM complaint_attachment a
                JOIN complaint c ON c.id = a.complaint_id WHERE c.complaint_number = ? ORDER BY a.id""").param(number)
                .query(String.class).list()).containsExactly("ruang-tunggu.jpg:image/jpeg", "surat.pdf:application/pdf");
        assertThat(jdbc.sql("SELECT complainant_name FROM complaint WHERE complaint_number = ?").param(number)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void trackingAnswersTheHolderOfTheCodeAndAWrongCodeLikeAnUnknownNumber() throws Exception {
        JsonNode receipt = submit("{\"type\":\"INFORMASI\",\"text\":\"Berapa lama pembuatan SKTM?\"}");
        String number = receipt.get("complaintNumber").asText();

        ResponseEntity<String> right = http.get("/api/v1/complaints/" + number.toLowerCase(),
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText().toLowerCase()));
        ResponseEntity<String> wrong = http.get("/api/v1/complaints/" + number, h -> h.set("X-Tracking-Code", "SALAH23456"));
        ResponseEntity<String> none = http.get("/api/v1/complaints/" + number, h -> { });
        ResponseEntity<String> unknown = http.get("/api/v1/complaints/BTN-ADU-1999-99999",
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText()));

        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = JSON.readTree(right.getBody());
        assertThat(view.get("status").asText()).isEqualTo("DITERIMA");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Diterima, menunggu verifikasi");
        assertThat(view.get("typeLabel").asText()).isEqualTo("Permintaan informasi");
        assertThat(view.get("timeline")).hasSize(1);
        assertThat(view.get("timeline").get(0).has("actor")).isFalse();
        assertThat(view.has("reply")).isFalse();
        assertThat(view.get("notResolvedPossible").asBoolean()).isFalse();
        assertThat(view.get("awaitingCompletion").asBoolean()).isFalse();
        for (ResponseEntity<String> refused : List.of(wrong, none, unknown)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            // the same body but for the address asked (instance)
            assertThat(refused.getBody().replace(number, "N").replace("BTN-ADU-1999-99999", "N"))
                    .isEqualTo(unknown.getBody().replace("BTN-ADU-1999-99999", "N"));
        }
        assertThat(JSON.readTree(unknown.getBody()).get("detail").asText())
                .isEqualTo("Pengaduan tidak ditemukan. Periksa nomor pengaduan dan kode lacak Anda.");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersWithTheFirstComplaintAndAnotherRequestUnderItIsRefused()
            throws Exception {
        String body = "{\"type\":\"PENGADUAN\",\"text\":\"Sinyal putus di tengah pengiriman.\"}";
        long[] before = counts();

        // the first answer never reached the phone; the app sends the same request again with the same key
        ResponseEntity<String> first = http.postJson("/api/v1/complaints", body, h -> h.set("Idempotency-Key", "hp-77"));
        ResponseEntity<String> again = http.postJson("/api/v1/complaints", body, h -> h.set("Idempotency-Key", "hp-77"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode one = JSON.readTree(first.getBody());
        JsonNode two = JSON.readTree(again.getBody());
        assertThat(two.get("complaintNumber").asText()).isEqualTo(one.get("complaintNumber").asText());
        assertThat(two.get("trackingCode").asText()).isEqualTo(one.get("trackingCode").asText());
        assertThat(counts()[0]).isEqualTo(before[0] + 1);
        assertThat(counts()[3]).isEqualTo(before[3] + 1);

        // the same key with other words makes nothing and tells nothing of the first complaint
        ResponseEntity<String> other = http.postJson("/api/v1/complaints",
                "{\"type\":\"PENGADUAN\",\"text\":\"Pengaduan lain.\"}", h -> h.set("Idempotency-Key", "hp-77"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody()).doesNotContain(one.get("complaintNumber").asText());
        // a blank key is refused as on the application API, and makes nothing
        ResponseEntity<String> blank = http.postJson("/api/v1/complaints", body, h -> h.set("Idempotency-Key", " "));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(counts()[0]).isEqualTo(before[0] + 1);

        // without a key each request is a complaint of its own
        submit(body);
        assertThat(counts()[0]).isEqualTo(before[0] + 2);
    }

    @Test
    void badInputIsRefusedInIndonesianAndNothingIsStored() throws Exception {
        long[] before = counts();

        JsonNode noText = problem(http.postJson("/api/v1/complaints", "{\"type\":\"PENGADUAN\",\"text\":\"  \"}", h -> { }));
        JsonNode tooLong = problem(http.postJson("/api/v1/complaints", "{\"type\":\"PENGADUAN\",\"text\":\""
                + "a".repeat(4001) + "\"}", h -> { }));
        JsonNode badWords = problem(http.postJson("/api/v1/complaints", "{\"type\":\"KELUHAN\",\"channel\":\"LOKET\","
                + "\"text\":\"Antrean <b>lama</b>\",\"email\":\"bukan-surel\",\"phone\":\"12345\",\"laporReference\":\"#\","
                + "\"shoeSize\":42}", h -> { }));
        JsonNode unknownApplication = problem(http.postJson("/api/v1/complaints", "{\"type\":\"PENGADUAN\",\"text\":"
                + "\"Lama sekali.\",\"registrationNumber\":\"BTN-1999-999999\"}", h -> { }));
        JsonNode badFile = problem(http.postMultipart("/api/v1/complaints", new Http.Parts()
                .json("data", "{\"type\":\"PENGADUAN\",\"text\":\"Lihat lampiran.\"}")
                .file("foto", "foto.jpg", "bukan gambar".getBytes()).build(), h -> { }));
        Http.Parts four = new Http.Parts().json("data", "{\"type\":\"PENGADUAN\",\"text\":\"Empat berkas.\"}");
        for (int i = 0; i < 4; i++) {
            four.file("berkas", "b" + i + ".pdf", Samples.pdf("b" + i));
        }
        JsonNode tooManyFiles = problem(http.postMultipart("/api/v1/complaints", four.build(), h -> { }));

        assertThat(noText.get("title").asText()).isEqualTo("Data pengaduan belum benar");
        assertThat(errors(noText)).containsExactly(Map.entry("text", "Isi pengaduan wajib diisi: tuliskan apa yang terjadi."));
        assertThat(errors(tooLong)).containsExactly(Map.entry("text",
                "Isi pengaduan terlalu panjang (paling banyak 4000 karakter)."));
        assertThat(errors(badWords)).containsOnlyKeys("shoeSize");
        JsonNode badWordsOnly = problem(http.postJson("/api/v1/complaints", "{\"type\":\"KELUHAN\",\"channel\":\"LOKET\","
                + "\"text\":\"Antrean <b>lama</b>\",\"email\":\"bukan-surel\",\"phone\":\"12345\",\"laporReference\":\"#\"}",
                h -> { }));
        assertThat(errors(badWordsOnly)).containsOnlyKeys("type", "channel", "text", "email", "phone", "laporReference");
        assertThat(errors(badWordsOnly).get("type")).isEqualTo("Jenis pengaduan tidak dikenal: KELUHAN. Pilih PENGADUAN, "
                + "SARAN, INFORMASI.");
        assertThat(errors(badWordsOnly).get("channel")).startsWith("Pengaduan lewat Loket dicatat oleh petugas");
        assertThat(errors(badWordsOnly).get("text")).startsWith("Isi pengaduan hanya boleh berisi huruf, angka");
        assertThat(errors(unknownApplication).get("registrationNumber")).startsWith("Nomor registrasi BTN-1999-999999 "
                + "tidak ditemukan.");
        assertThat(errors(badFile).get("foto")).isEqualTo("Jenis berkas tidak didukung; unggah PDF, JPG atau PNG.");
        assertThat(errors(tooManyFiles).get("files")).isEqualTo("Paling banyak 3 lampiran untuk satu pengaduan.");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void completionIsTakenOnlyWhileTheOfficeWaitsForIt() throws Exception {
        JsonNode receipt = submit("{\"type\":\"PENGADUAN\",\"text\":\"Surat saya belum selesai.\"}");
        String number = receipt.get("complaintNumber").asText();
        String code = receipt.get("trackingCode").asText();
        long events = events(number);

        ResponseEntity<String> tooEarly = http.postJson("/api/v1/complaints/" + number + "/completion",
                "{\"text\":\"Nomor registrasi saya BTN-2026-000001.\"}", h -> h.set("X-Tracking-Code", code));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(tooEarly.getBody()).get("detail").asText())
                .isEqualTo("Pengaduan ini tidak sedang menunggu kelengkapan dari Anda.");
        assertThat(events(number)).isEqualTo(events);

        // the complaint officer asks for more
        officerCompletes(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_INCOMPLETE,
                ComplaintIds.VAR_REQUEST, "Sebutkan nomor registrasi permohonan Anda."));
        events = events(number);
        ResponseEntity<String> empty = http.postJson("/api/v1/complaints/" + number + "/completion", "{\"text\":\"\"}",
                h -> h.set("X-Tracking-Code", code));
        ResponseEntity<String> done = http.postJson("/api/v1/complaints/" + number + "/completion",
                "{\"text\":\"Nomor registrasi saya BTN-2026-000001.\"}", h -> h.set("X-Tracking-Code", code));

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the complainant's addition, then the process back at verification
        List<JsonNode> timeline = timeline(done);
        JsonNode added = timeline.get(timeline.size() - 2);
        assertThat(added.get("label").asText()).isEqualTo("Tambahan dari pelapor");
        assertThat(added.get("note").asText()).isEqualTo("Nomor registrasi saya BTN-2026-000001.");
        assertThat(added.get("byComplainant").asBoolean()).isTrue();
        assertThat(timeline.get(timeline.size() - 1).get("label").asText()).isEqualTo("Diterima, menunggu verifikasi");
        assertThat(events(number)).isEqualTo(events + 2);
        assertThat(passed(number, ComplaintIds.TASK_AWAIT_COMPLETION)).isEqualTo(1);
    }

    @Test
    void notResolvedIsTakenOnceWithinTheWindowAfterTheReply() throws Exception {
        JsonNode receipt = submit("{\"type\":\"PENGADUAN\",\"text\":\"Jalan depan kantor rusak.\"}");
        String number = receipt.get("complaintNumber").asText();
        String code = receipt.get("trackingCode").asText();
        String reason = "{\"text\":\"Jalan masih berlubang.\"}";

        ResponseEntity<String> beforeReply = http.postJson("/api/v1/complaints/" + number + "/not-resolved", reason,
                h -> h.set("X-Tracking-Code", code));
        assertThat(beforeReply.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the complaint officer verifies, classifies and replies
        officerCompletes(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.RINGAN.name()));
        officerCompletes(number, Map.of(ComplaintIds.VAR_REPLY, "Sudah diperbaiki oleh dinas."));
        JsonNode replied = JSON.readTree(http.get("/api/v1/complaints/" + number, h -> h.set("X-Tracking-Code", code))
                .getBody());
        assertThat(replied.get("reply").get("text").asText()).isEqualTo("Sudah diperbaiki oleh dinas.");
        assertThat(replied.get("notResolvedPossible").asBoolean()).isTrue();
        assertThat(replied.get("notResolvedUntil").asText()).isNotBlank();

        ResponseEntity<String> first = http.postJson("/api/v1/complaints/" + number + "/not-resolved", reason,
                h -> h.set("X-Tracking-Code", code));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(passed(number, ComplaintIds.TASK_AWAIT_NOT_RESOLVED)).isEqualTo(1);
        // the complainant's reason, then the process reopens the complaint
        List<JsonNode> timeline = timeline(first);
        JsonNode reasonGiven = timeline.get(timeline.size() - 2);
        assertThat(reasonGiven.get("label").asText()).isEqualTo("Pelapor menyatakan belum selesai");
        assertThat(reasonGiven.get("note").asText()).isEqualTo("Jalan masih berlubang.");
        assertThat(timeline.get(timeline.size() - 1).get("label").asText()).isEqualTo("Dibuka kembali");

        // the process reopened it, the officer replies again: no second time
        officerCompletes(number, Map.of(ComplaintIds.VAR_REPLY, "Lubang sudah ditambal seluruhnya."));
        ResponseEntity<String> second = http.postJson("/api/v1/complaints/" + number + "/not-resolved", reason,
                h -> h.set("X-Tracking-Code", code));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(second.getBody()).get("detail").asText()).startsWith("Tanggapan \"belum selesai\" hanya "
                + "dapat dikirim sekali");
        assertThat(passed(number, ComplaintIds.TASK_AWAIT_NOT_RESOLVED)).isEqualTo(1);
    }

    @Test
    void notResolvedIsRefusedOnceTheWindowHasPassed() throws Exception {
        JsonNode receipt = submit("{\"type\":\"PENGADUAN\",\"text\":\"Lampu jalan mati.\"}");
        String number = receipt.get("complaintNumber").asText();
        jdbc.sql("UPDATE complaint SET status = 'SELESAI', reply_text = 'Sudah diganti.', replied_at = ? "
                + "WHERE complaint_number = ?").params(OffsetDateTime.now().minusDays(15), number).update();
        long events = events(number);

        ResponseEntity<String> late = http.postJson("/api/v1/complaints/" + number + "/not-resolved",
                "{\"text\":\"Masih mati.\"}", h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText()));

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(events(number)).isEqualTo(events);
        assertThat(passed(number, ComplaintIds.TASK_AWAIT_NOT_RESOLVED)).isZero();
    }

    @Test
    void guessingTrackingCodesOfComplaintsIsThrottledLikeApplications() throws Exception {
        JsonNode receipt = submit("{\"type\":\"SARAN\",\"text\":\"Parkir motor perlu atap.\"}");
        String number = receipt.get("complaintNumber").asText();
        int throttled = 0;
        for (int i = 0; i < limits.lookupMisses() + 2; i++) {
            ResponseEntity<String> guess = http.get("/api/v1/complaints/" + number, h -> {
                h.set("X-Tracking-Code", "SALAH" + System.nanoTime());
                h.set("X-Forwarded-For", "203.0.113.77");
            });
            if (guess.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                throttled++;
            } else {
                assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            }
        }
        assertThat(throttled).isEqualTo(2);
        assertThat(http.get("/api/v1/complaints/" + number, h -> {
            h.set("X-Tracking-Code", receipt.get("trackingCode").asText());
            h.set("X-Forwarded-For", "198.51.100.77");
        }).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode submit(String json) throws Exception {
        ResponseEntity<String> answer = http.postJson("/api/v1/complaints", json, h -> { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(answer.getBody());
    }

    private static JsonNode problem(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        return JSON.readTree(answer.getBody());
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    /** Complaints, their events and files, and complaint processes. */
    private long[] counts() {
        return new long[] {count("complaint"), count("complaint_event"), count("complaint_attachment"),
                processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("complaint").count()};
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long events(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ?").param(number).query(Long.class).single();
    }

    private java.time.Instant at(String number, String column) {
        return jdbc.sql("SELECT " + column + " FROM complaint WHERE complaint_number = ?").param(number)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private static List<JsonNode> timeline(ResponseEntity<String> answer) throws Exception {
        List<JsonNode> entries = new java.util.ArrayList<>();
        JSON.readTree(answer.getBody()).get("timeline").forEach(entries::add);
        return entries;
    }

    /** The complaint's open task completed by a complaint officer, and the notices that follow it run. */
    private void officerCompletes(String number, Map<String, Object> variables) {
        var tasks = processEngine.getTaskService();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        tasks.claim(task.getId(), "pengaduan");
        processEngine.getIdentityService().setAuthentication("pengaduan", List.of("pengelola-pengaduan"));
        try {
            tasks.complete(task.getId(), new java.util.HashMap<>(variables));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        id.layanankecamatan.support.Jobs.runDue(processEngine, number);
    }

    /** How often the process passed one of its elements (the stand-in's message events). */
    private long passed(String number, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(number).singleResult().getId())
                .activityId(activityId).finished().count();
    }
}
