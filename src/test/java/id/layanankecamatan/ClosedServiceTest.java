package id.layanankecamatan;

import static id.layanankecamatan.workflow.ProcessIds.CALL_SIGNING;
import static id.layanankecamatan.workflow.ProcessIds.CALL_VERIFICATION;
import static id.layanankecamatan.workflow.ProcessIds.END_ISSUED;
import static id.layanankecamatan.workflow.ProcessIds.TASK_SIGN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Surat Pengantar Pindah was abolished (Perpres 96/2018, Permendagri 108/2019: moving needs only the KK at
 * Disdukcapil). The catalogue closes it: no new application by the API, the portal or the counter, an information
 * page instead of the form; an application made before the closing still runs on the deployed process to its letter.
 */
class ClosedServiceTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHAT_INSTEAD = "Cukup datang ke Disdukcapil dengan membawa Kartu Keluarga (KK)";

    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void theApiRefusesANewApplicationWithWhatToDoInsteadAndStoresNothing() throws Exception {
        long before = count("application");

        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "pindah").json("data", movingData().toString())
                .file("pengantar_desa", "desa.pdf", Samples.pdf("desa")).file("ktp", "ktp.pdf", Samples.pdf("ktp"))
                .file("kk", "kk.pdf", Samples.pdf("kk")).build(), h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Layanan tidak menerima permohonan baru");
        assertThat(problem.get("detail").asText()).startsWith("Surat Pengantar Pindah tidak lagi menerima permohonan "
                + "baru.").contains(WHAT_INSTEAD, "Perpres 96/2018");
        assertThat(count("application")).isEqualTo(before);
        // the service stays in the published catalogue, marked closed, with its note
        JsonNode pindah = JSON.readTree(http.get("/api/v1/services", h -> { }).getBody()).findParents("code").stream()
                .filter(s -> s.get("code").asText().equals("pindah")).findFirst().orElseThrow();
        assertThat(pindah.get("acceptingApplications").asBoolean()).isFalse();
        assertThat(pindah.get("closedNote").asText()).contains(WHAT_INSTEAD);
    }

    @Test
    void thePortalAndTheCounterShowWhatToDoInsteadOfTheForm() throws Exception {
        long before = count("application");
        PortalClient portal = new PortalClient(baseUrl());

        HttpResponse<String> page = portal.get("/layanan/pindah/ajukan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(PortalClient.unescape(page.body())).contains("Layanan ini tidak lagi menerima permohonan baru",
                WHAT_INSTEAD, "tetap diproses sampai selesai").doesNotContain("<form", "Kirim permohonan");
        assertThat(PortalClient.unescape(portal.get("/").body())).contains("Tidak lagi menerima permohonan baru");
        // its standard stays published, with the note in place of the button to apply
        assertThat(PortalClient.unescape(portal.get("/layanan/pindah").body())).contains(WHAT_INSTEAD, "Standar pelayanan")
                .doesNotContain("/layanan/pindah/ajukan");
        assertThat(PortalClient.unescape(portal.get("/layanan/domisili").body())).doesNotContain("service-closed")
                .contains("/layanan/domisili/ajukan");
        ResponseEntity<String> counter = http.get("/staff/loket/pindah",
                h -> h.setBasicAuth("petugas", "demo"));
        assertThat(counter.getBody()).contains(WHAT_INSTEAD).doesNotContain("Kirim permohonan");

        // a form posted anyway (an old page left open) gets the same page and nothing is stored
        HttpResponse<String> posted = portal.submit("/layanan/domisili/ajukan", "/layanan/pindah/ajukan",
                List.of(PortalClient.Part.text("nik", Samples.NIK)));
        assertThat(posted.statusCode()).isEqualTo(409);
        assertThat(PortalClient.unescape(posted.body())).contains(WHAT_INSTEAD);
        assertThat(count("application")).isEqualTo(before);
    }

    @Test
    void anApplicationMadeBeforeTheClosingRunsToItsLetter() throws Exception {
        ObjectNode details = movingDetails();
        List<UploadedFile> scans = List.of(new UploadedFile("pengantar_desa", "desa.pdf", Samples.pdf("desa")),
                new UploadedFile("ktp", "ktp.pdf", Samples.pdf("ktp")), new UploadedFile("kk", "kk.pdf", Samples.pdf("kk")));
        Receipt receipt = beforeClosing(() -> applications.submit(new Submission("pindah", Samples.applicant(), details,
                scans, null, Submission.CHANNEL_ONLINE)));
        String number = receipt.registrationNumber();
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey("pindah").singleResult();

        // closed now: a new one is refused, the running one goes on
        assertThat(http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "pindah")
                .json("data", movingData().toString()).build(), h -> { }).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        StaffWork.verified(processEngine, number);
        StaffWork.complete(processEngine, number, TASK_SIGN, "camat", Map.of("decision", "sign"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, CALL_SIGNING, END_ISSUED);
        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SURAT PENGANTAR PINDAH", "pindah dengan alasan pekerjaan",
                    "Jl. Sisingamangaraja No. 12, Kelurahan Tanjung Rejo, Kecamatan Medan Sunggal, Kota Medan, "
                            + "Sumatera Utara",
                    // the members as a table (No | Nama | NIK | Hubungan dalam keluarga)
                    "Anggota keluarga yang pindah: No Nama NIK Hubungan dalam keluarga "
                            + "1. Siti Nur'aini Hasibuan 1277035505900001 kepala keluarga "
                            + "2. Rizky Hasibuan 1277031408150002 anak");
        }
    }

    private static ObjectNode movingDetails() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"destinationAddress": "Jl. Sisingamangaraja No. 12, Kelurahan Tanjung Rejo",
                 "destinationDistrict": "Medan Sunggal", "destinationRegency": "Kota Medan",
                 "destinationProvince": "Sumatera Utara", "reason": "pekerjaan",
                 "members": [{"name": "Siti Nur'aini Hasibuan", "nik": "1277035505900001", "relationship": "kepala keluarga"},
                             {"name": "Rizky Hasibuan", "nik": "1277031408150002", "relationship": "anak"}]}""");
    }

    private static ObjectNode movingData() throws Exception {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        return data.setAll(movingDetails());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
