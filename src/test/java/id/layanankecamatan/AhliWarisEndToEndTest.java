package id.layanankecamatan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    LetterService letters;

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
            // the camat acknowledges the heirs' own stamped statement; deciding heirs and shares is not his
            assertThat(text).contains("SURAT KETERANGAN AHLI WARIS",
                    "berdasarkan Surat Pernyataan Ahli Waris tanggal 20 Oktober 2026 yang dibuat dan ditandatangani di "
                            + "atas meterai oleh para ahli waris", "diketahui oleh Lurah Batunadua Julu",
                    "mengetahui dan menguatkan bahwa almarhum Ahmad Lubis (NIK 1277031005600001) telah meninggal dunia "
                            + "pada tanggal 2 Oktober 2026",
                    "Surat keterangan ini tidak menetapkan besarnya bagian masing-masing ahli waris.");
            // the heirs and the witnesses as tables: a header, then one numbered row each
            assertThat(text).contains("sebagai berikut: No Nama NIK Hubungan "
                    + "1. Rosmawati Nasution 1277034506700001 istri 2. Putra Lubis 1277031203950002 anak "
                    + "3. Nur'aini Lubis 1277035708980003 anak");
            assertThat(text).contains("Saksi dalam surat pernyataan tersebut: No Nama NIK "
                    + "1. Harun Siregar 1277030101700004 2. Marlina Daulay 1277034202750005");
            assertThat(text).doesNotContain("almarhum/almarhumah", "(nama, NIK, hubungan)");
        }
    }

    @Test
    void aDeceasedWomanIsAlmarhumahAndALongTableGoesOnToTheNextPage() throws Exception {
        ObjectNode details = Samples.ahliWarisDetails();
        // day of birth 50: a woman's NIK has 40 added to the day
        details.put("deceasedName", "Rosmawati Nasution").put("deceasedNik", "1277035005600001");
        ArrayNode heirs = details.putArray("heirs");
        for (int i = 1; i <= 8; i++) {
            heirs.addObject().put("name", "Ahli Waris Nomor " + i + " binti Rosmawati Nasution gelar Hajjah dari "
                            + "Lingkungan Batunadua Julu Kota Padangsidimpuan")
                    .put("nik", "12770312039500" + (10 + i)).put("relationship", i == 8 ? "cucu (ahli waris pengganti)" : "anak");
        }
        String number = applications.submit(new Submission("ahli-waris", Samples.applicant(), details,
                Samples.ahliWarisScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();

        byte[] preview = letters.preview(repository.findByRegistrationNumber(number).orElseThrow(), "camat");

        try (PDDocument document = Loader.loadPDF(preview)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            float bottom = document.getPage(0).getMediaBox().getHeight() - 30;
            List<String> below = new ArrayList<>();
            PDFTextStripper lowest = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) {
                    if (positions.stream().anyMatch(p -> p.getYDirAdj() > bottom)) {
                        below.add(line);
                    }
                }
            };
            lowest.getText(document);
            assertThat(below).as("lines printed below the bottom margin").isEmpty();
            assertThat(text(document, 1)).contains("bahwa almarhumah Rosmawati Nasution (NIK 1277035005600001)",
                    "No Nama NIK Hubungan 1. Ahli Waris Nomor 1");
            // the table goes on under its header, and the signature stays whole on the last page
            assertThat(text(document, 2)).contains("No Nama NIK Hubungan", "cucu (ahli waris pengganti)",
                    "Nama Camat, S.STP", "NIP 19800101 200501 1 001").doesNotContain("almarhumah");
        }
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void aWrongHeirIsNamedByItsRow() throws Exception {
        ObjectNode data = applicationData();
        ((ObjectNode) data.get("heirs").get(1)).put("nik", "123").put("relationship", "tetangga");
        ((ArrayNode) data.get("witnesses")).remove(1);

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
