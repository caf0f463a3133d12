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

/** More services through the API to a signed letter with their own data, each with its own route. */
class MoreServicesEndToEndTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService tasks;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void movingLetterListsTheDestinationAndEveryMemberWhoMoves() throws Exception {
        String text = issue("pindah", """
                {"destinationAddress": "Jl. Sisingamangaraja No. 12, Kelurahan Tanjung Rejo",
                 "destinationDistrict": "Medan Sunggal", "destinationRegency": "Kota Medan",
                 "destinationProvince": "Sumatera Utara", "reason": "pekerjaan",
                 "members": [{"name": "Siti Nur'aini Hasibuan", "nik": "1277035505900001", "relationship": "kepala keluarga"},
                             {"name": "Rizky Hasibuan", "nik": "1277031408150002", "relationship": "anak"}]}""",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "kk", "kk.pdf"));
        assertThat(text).contains("SURAT PENGANTAR PINDAH", "pindah dengan alasan pekerjaan",
                "Jl. Sisingamangaraja No. 12, Kelurahan Tanjung Rejo, Kecamatan Medan Sunggal, Kota Medan, Sumatera Utara",
                "1. Siti Nur'aini Hasibuan, 1277035505900001, kepala keluarga",
                "2. Rizky Hasibuan, 1277031408150002, anak");
        assertThat(text).containsPattern("Nomor: 400\\.12\\.2\\.2/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void marriageDispensationNamesBothPartiesAndTheDates() throws Exception {
        String text = issue("dispensasi-nikah", """
                {"groomName": "Ahmad Fauzi Siregar", "groomNik": "1277031203950002",
                 "brideName": "Siti Nur'aini Hasibuan", "brideNik": "1277035505900001",
                 "kuaRegistrationDate": "2026-11-23", "weddingDate": "2026-11-30", "weddingPlace": "Masjid Raya Batunadua"}""",
                Map.of("rekomendasi_desa", "desa.pdf", "ktp_calon", "ktp.pdf", "formulir_nikah", "n1-n7.pdf"));
        assertThat(text).contains("REKOMENDASI DISPENSASI NIKAH", "Calon suami: Ahmad Fauzi Siregar (NIK 1277031203950002)",
                "Calon istri: Siti Nur'aini Hasibuan (NIK 1277035505900001)", "23 November 2026", "30 November 2026",
                "Masjid Raya Batunadua");
        assertThat(text).containsPattern("Nomor: 400\\.12\\.3\\.2/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void domicileOfAnOrganisation() throws Exception {
        String text = issue("domisili-lembaga", """
                {"organisationName": "Koperasi Tani Maju", "organisationType": "koperasi",
                 "organisationAddress": "Jl. Raja Inal Siregar No. 3, Batunadua Julu", "position": "ketua"}""",
                Map.of("ktp", "ktp.pdf", "akta", "akta.pdf", "pengantar_desa", "desa.pdf"));
        assertThat(text).contains("SURAT KETERANGAN DOMISILI LEMBAGA/USAHA",
                "koperasi \"Koperasi Tani Maju\" benar berkedudukan di Jl. Raja Inal Siregar No. 3, Batunadua Julu",
                "selaku ketua");
    }

    @Test
    void sktmStatesIncomeAndDependents() throws Exception {
        String text = issue("sktm", "{\"dtksNumber\":\"DTKS-1277-0042\",\"monthlyIncome\":\"900000\",\"dependents\":\"4\"}",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "kk", "kk.pdf"), StaffDecision.ACCEPT,
                StaffDecision.SIGN);
        assertThat(text).contains("SURAT KETERANGAN TIDAK MAMPU", "DTKS: DTKS-1277-0042", "Rp 900000", "4 orang tanggungan");
        assertThat(text).containsPattern("Nomor: 400\\.9\\.14/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void businessLetterAfterTheKasiEkbangsReview() throws Exception {
        String text = issue("sku", """
                {"businessName":"Warung Berkah","businessType":"warung kelontong","businessAddress":"Jl. Merdeka No. 7",
                 "capital":"15000000","since":"2021-03-01"}""",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "foto_usaha", "foto.pdf"), StaffDecision.ACCEPT,
                StaffDecision.APPROVE, StaffDecision.SIGN);
        assertThat(text).contains("SURAT KETERANGAN USAHA", "usaha warung kelontong dengan nama \"Warung Berkah\"",
                "Jl. Merdeka No. 7", "1 Maret 2021", "Rp 15000000");
        assertThat(text).containsPattern("Nomor: 500\\.3/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void legalisationAfterTheOriginalWasSeen() throws Exception {
        String text = issue("legalisasi", """
                {"documentType": "surat keterangan desa/kelurahan", "documentNumber": "145/27/BJ/2026",
                 "documentDate": "2026-11-02", "issuer": "Kepala Desa Batunadua Julu"}""",
                Map.of("salinan", "salinan.pdf", "ktp", "ktp.pdf"), StaffDecision.ACCEPT, StaffDecision.CONFIRM,
                StaffDecision.SIGN);
        assertThat(text).contains("LEGALISASI DOKUMEN", "surat keterangan desa/kelurahan nomor 145/27/BJ/2026",
                "2 November 2026", "Kepala Desa Batunadua Julu", "sesuai dengan aslinya");
    }

    /** Submits, completes each staff task in turn with the given decisions, and returns the letter's text. */
    private String issue(String service, String details, Map<String, String> files, String... decisions)
            throws Exception {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        data.setAll((ObjectNode) JSON.readTree(details));
        Http.Parts parts = new Http.Parts().text("service", service).json("data", data.toString());
        files.forEach((code, name) -> parts.file(code, name, Samples.pdf(code)));
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", parts.build(), h -> { });
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        Jobs.runDue(processEngine, number);
        String[] steps = decisions.length == 0 ? new String[] {StaffDecision.ACCEPT, StaffDecision.SIGN} : decisions;
        for (String decision : steps) {
            if (StaffDecision.SIGN.equals(decision)) {
                Parafs.giveAll(processEngine, number);
            }
            tasks.complete(task(number), Map.of(ProcessIds.VAR_DECISION, decision));
        }
        Jobs.runDue(processEngine, number);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey(service).finished().count()).isEqualTo(1);
        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText())).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }
}
