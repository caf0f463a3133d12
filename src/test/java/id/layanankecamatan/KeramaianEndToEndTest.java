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
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A second service from catalogue data only: its own fields, validated, printed on its letter. */
class KeramaianEndToEndTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        data.put("eventName", "Pesta Pernikahan Siti dan Ahmad").put("eventType", "pesta pernikahan")
                .put("eventDate", "2026-12-19").put("eventTime", "09.00-17.00 WIB")
                .put("venue", "Halaman rumah, Jl. Merdeka No. 5, Batunadua Julu").put("attendance", "300");
        ResponseEntity<String> created = submit(data);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        Jobs.runDue(processEngine, number);

        tasks.complete(task(number), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
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
                    "pesta pernikahan", "19 Desember 2026", "09.00-17.00 WIB", "Halaman rumah, Jl. Merdeka No. 5",
                    "300 orang pengunjung", "a.n. CAMAT PADANGSIDIMPUAN BATUNADUA SEKRETARIS,");
            assertThat(text).containsPattern("Nomor: 300\\.1/\\d{4}/BTN/[IVX]+/\\d{4}");
        }
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey("keramaian").finished().count()).isEqualTo(1);
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
                .file("pernyataan", "pernyataan.png", Samples.png()).build(), h -> { });
    }

    private String task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }
}
