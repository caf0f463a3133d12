package id.layanankecamatan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A second service from catalogue data only: its own fields, validated, printed on its letter. */
class KeramaianEndToEndTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void eventRecommendationCarriesTheEventDataOntoTheSignedLetter() throws Exception {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        String eventDate = Samples.eventDate();
        data.put("eventName", "Pesta Pernikahan Siti dan Ahmad").put("eventType", "pesta pernikahan")
                .put("eventDate", eventDate).put("eventTime", "09.00-17.00 WIB")
                .put("venue", "Halaman rumah, Jl. Merdeka No. 5, Batunadua Julu").put("attendance", "300");
        ResponseEntity<String> created = submit(data);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        Jobs.runDue(processEngine, number);

        tasks.complete(task(number), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        // the Kasi Trantib reviews the event, then the sekcam initials the draft
        String review = task(number);
        assertThat(tasks.getIdentityLinksForTask(review)).extracting(l -> l.getGroupId()).containsExactly("kasi-trantib");
        tasks.complete(review, Map.of(ProcessIds.VAR_DECISION, StaffDecision.APPROVE));
        Parafs.giveAll(processEngine, number);
        String sign = task(number);
        tasks.claim(sign, "sekcam");
        tasks.complete(sign, Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Jobs.runDue(processEngine, number);

        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText())).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("REKOMENDASI IZIN KERAMAIAN", "Pesta Pernikahan Siti dan Ahmad",
                    "pesta pernikahan", INDONESIAN_DATE.format(LocalDate.parse(eventDate)), "pukul 09.00–17.00 WIB",
                    "Halaman rumah, Jl. Merdeka No. 5", "300 orang pengunjung", "a.n. CAMAT PADANGSIDIMPUAN BATUNADUA SEKRETARIS,");
            // addressed to the police, and not to be taken for the permit itself
            assertThat(text).contains("Kepada Yth. Kapolsek yang membawahi wilayah Kecamatan Padangsidimpuan Batunadua",
                    "sebagai salah satu persyaratan permohonan izin keramaian kepada kepolisian",
                    "Rekomendasi ini bukan merupakan izin keramaian");
            assertThat(text).containsPattern("Nomor: 300\\.1/\\d{4}/BTN/[IVX]+/\\d{4}");
        }
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey("keramaian").finished().count()).isEqualTo(1);
    }

    @Test
    void anEventTooSoonForThePolicesNoticePeriodIsRefusedWithTheEarliestDate() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Jakarta"));
        ObjectNode data = eventOn(today.plusDays(10));

        ResponseEntity<String> answer = submit(data);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = JSON.readTree(answer.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("eventDate");
        String message = error.get("message").asText();
        assertThat(message).startsWith("Tanggal acara paling cepat ").contains("surat ini selesai paling lambat",
                "paling lambat 14 (empat belas) hari kerja sebelum acara (PP 60/2017)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(before);

        // the earliest date named is at least 14 working days (with the weekends between, 18 days) after today,
        // and it is accepted, the day before it is not
        Matcher earliest = Pattern.compile("paling cepat (\\d{1,2} \\p{L}+ \\d{4})").matcher(message);
        assertThat(earliest.find()).isTrue();
        LocalDate first = LocalDate.parse(earliest.group(1), INDONESIAN_DATE);
        assertThat(first).isAfterOrEqualTo(today.plusDays(18));
        assertThat(submit(eventOn(first.minusDays(1))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(submit(eventOn(first)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static ObjectNode eventOn(LocalDate date) {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        return data.put("eventName", "Pasar Malam Batunadua").put("eventType", "pasar malam")
                .put("eventDate", date.toString()).put("eventTime", "19.00-23.00 WIB").put("venue", "Lapangan Batunadua")
                .put("attendance", "500");
    }

    @Test
    void wrongEventDataIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        data.put("eventType", "konser rahasia").put("eventDate", "19-12-2026").put("eventTime", "pagi")
                .put("venue", "Lapangan").put("attendance", "banyak");

        ResponseEntity<String> answer = submit(data);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(answer.getBody()).get("errors");
        assertThat(errors.toString()).contains("\"field\":\"eventName\",\"message\":\"Nama acara wajib diisi.\"",
                "\"field\":\"eventDate\",\"message\":\"Tanggal acara harus berupa tanggal (TTTT-BB-HH).\"",
                "\"field\":\"attendance\",\"message\":\"Perkiraan jumlah pengunjung harus berupa angka bulat.\"",
                "\"field\":\"eventType\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(before);
    }

    private ResponseEntity<String> submit(ObjectNode data) {
        return http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "keramaian")
                .json("data", data.toString()).file("ktp", "ktp.jpg", Samples.jpeg())
                .file("pengantar_desa", "desa.pdf", Samples.pdf("desa"))
                .file("pernyataan", "pernyataan.png", Samples.png())
                .file("persetujuan_tempat", "pemilik.pdf", Samples.pdf("persetujuan pemilik tempat"))
                .file("susunan_panitia", "panitia.pdf", Samples.pdf("susunan panitia")).build(), h -> { });
    }

    private String task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }
}
