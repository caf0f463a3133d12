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

/** Heirs and witnesses as lists of rows: validated row by row and every heir printed on the letter. */
class AhliWarisEndToEndTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService tasks;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void everyHeirIsListedOnTheSignedLetter() throws Exception {
        ObjectNode data = applicationData();
        ResponseEntity<String> created = submit(data);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        Jobs.runDue(processEngine, number);
        tasks.complete(task(number), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, number);
        tasks.complete(task(number), Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Jobs.runDue(processEngine, number);

        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText())).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SURAT KETERANGAN AHLI WARIS", "Ahmad Lubis", "2 Oktober 2026",
                    "1. Rosmawati Nasution, 1277034506700001, istri", "2. Putra Lubis, 1277031203950002, anak",
                    "3. Nur'aini Lubis, 1277035708980003, anak", "Saksi (nama, NIK):", "1. Harun Siregar",
                    "2. Marlina Daulay");
        }
    }

    @Test
    void aWrongHeirIsNamedByItsRow() throws Exception {
        ObjectNode data = applicationData();
        ((ObjectNode) data.get("heirs").get(1)).put("nik", "123").put("relationship", "tetangga");
        ((com.fasterxml.jackson.databind.node.ArrayNode) data.get("witnesses")).remove(1);

        ResponseEntity<String> answer = submit(data);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String errors = JSON.readTree(answer.getBody()).get("errors").toString();
        assertThat(errors).contains("\"field\":\"heirs[1].nik\",\"message\":\"NIK harus terdiri dari 16 angka.\"",
                "\"field\":\"heirs[1].relationship\"", "\"field\":\"witnesses\",\"message\":\"Isi paling sedikit 2 baris Saksi.\"");
    }

    private static ObjectNode applicationData() throws Exception {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        data.setAll(Samples.ahliWarisDetails());
        return data;
    }

    private ResponseEntity<String> submit(ObjectNode data) {
        return http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "ahli-waris")
                .json("data", data.toString()).file("akta_kematian", "akta.pdf", Samples.pdf("akta"))
                .file("pernyataan_ahli_waris", "pernyataan.pdf", Samples.pdf("pernyataan"))
                .file("ktp_kk_ahli_waris", "ktp-kk.pdf", Samples.pdf("ktp kk")).build(), h -> { });
    }

    private String task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }
}
