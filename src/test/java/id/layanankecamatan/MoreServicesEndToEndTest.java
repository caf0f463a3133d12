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
    void theCamatGrantsTheMarriageDispensationItself() throws Exception {
        String text = issue("dispensasi-nikah", """
                {"groomName": "Ahmad Fauzi Siregar", "groomNik": "1277031203950002",
                 "brideName": "Siti Nur'aini Hasibuan", "brideNik": "1277035505900001",
                 "registrationOffice": "KUA Kecamatan Padangsidimpuan Batunadua", "registrationDate": "2026-11-23",
                 "weddingDate": "2026-11-30", "weddingPlace": "Masjid Raya Batunadua",
                 "reason": "calon suami harus kembali bertugas di luar daerah."}""",
                Map.of("bukti_pendaftaran", "simkah.pdf", "ktp_kk_calon", "ktp-kk.pdf"));
        // PP 9/1975 Pasal 3(3) and PMA 30/2024 Pasal 3(3): the camat gives the dispensation, not a recommendation
        assertThat(text).contains("SURAT DISPENSASI NIKAH", "Berdasarkan Pasal 3 ayat (3) Peraturan Pemerintah Nomor 9 "
                        + "Tahun 1975", "memberikan dispensasi kepada calon pengantin",
                "Calon suami: Ahmad Fauzi Siregar (NIK 1277031203950002)",
                "Calon istri: Siti Nur'aini Hasibuan (NIK 1277035505900001)",
                "melangsungkan perkawinan pada tanggal 30 November 2026 di Masjid Raya Batunadua",
                "kurang dari 10 (sepuluh) hari kerja sejak pemberitahuan kehendak nikah pada KUA Kecamatan "
                        + "Padangsidimpuan Batunadua tanggal 23 November 2026",
                "dengan alasan: calon suami harus kembali bertugas di luar daerah.");
        assertThat(text).doesNotContainIgnoringCase("rekomendasi").doesNotContain("N1", "19/2018");
        assertThat(text).containsPattern("Nomor: 400\\.12\\.3\\.2/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void domicileLetterSeparatesTheKtpAddressFromWhereTheApplicantLivesAndSince() throws Exception {
        String text = issue("domisili", """
                {"domicileAddress": "Jl. Sutan Soripada Mulia No. 8, RT 002 / RW 001, Kelurahan Pudun Jae",
                 "domicileSince": "2024-02-15"}""", Map.of("ktp", "ktp.pdf", "kk", "kk.pdf", "pengantar_rt_rw", "rt.pdf"));
        assertThat(text).contains("SURAT KETERANGAN DOMISILI", "Alamat sesuai KTP: Jl. Merdeka No. 5 RT 003/RW 002, "
                        + "Batunadua Julu", "benar berdomisili di Jl. Sutan Soripada Mulia No. 8, RT 002 / RW 001, "
                        + "Kelurahan Pudun Jae sejak 15 Februari 2024, dalam wilayah Kecamatan Padangsidimpuan Batunadua",
                "berlaku 6 (enam) bulan sejak tanggal ditetapkan");
    }

    @Test
    void domicileAtTheKtpAddressSaysSoInsteadOfADash() throws Exception {
        String text = issue("domisili", "{\"domicileSince\": \"2019-07-01\"}",
                Map.of("ktp", "ktp.pdf", "kk", "kk.pdf", "pengantar_rt_rw", "rt.pdf"));
        assertThat(text).contains("benar berdomisili di alamat sesuai KTP tersebut di atas sejak 1 Juli 2019");
    }

    @Test
    void domicileOfAnOrganisation() throws Exception {
        String text = issue("domisili-lembaga", """
                {"organisationName": "Koperasi Tani Maju", "organisationType": "koperasi",
                 "organisationAddress": "Jl. Raja Inal Siregar No. 3, Batunadua Julu", "position": "ketua"}""",
                Map.of("ktp", "ktp.pdf", "akta", "akta.pdf", "pengantar_desa", "desa.pdf"));
        assertThat(text).contains("SURAT KETERANGAN DOMISILI LEMBAGA/USAHA",
                "sekretariat/kantor koperasi \"Koperasi Tani Maju\" benar berkedudukan di Jl. Raja Inal Siregar No. 3, "
                        + "Batunadua Julu", "selaku ketua");
    }

    @Test
    void sktmStatesTheDtsenDesilItsPurposeAndHowLongItHolds() throws Exception {
        String text = issue("sktm", "{\"dtsenDesil\":\"3\",\"monthlyIncome\":\"900000\",\"dependents\":\"4\"}",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "kk", "kk.pdf", "pernyataan", "pernyataan.pdf"),
                StaffDecision.ACCEPT, StaffDecision.SIGN);
        assertThat(text).contains("SURAT KETERANGAN TIDAK MAMPU",
                "keluarga tersebut terdaftar dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) pada desil 3",
                "Rp900.000", "4 orang tanggungan",
                "hanya berlaku untuk keperluan: Melamar pekerjaan, selama 6 (enam) bulan sejak tanggal ditetapkan");
        assertThat(text).doesNotContain("DTKS");
        assertThat(text).containsPattern("Nomor: 400\\.9\\.14/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void sktmOfAFamilyNotInDtsenSaysSoAfterTheFieldCheckAndNeverPrintsADash() throws Exception {
        String text = issue("sktm", "{\"monthlyIncome\":\"900000\",\"dependents\":\"4\"}",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "kk", "kk.pdf", "pernyataan", "pernyataan.pdf"),
                "accept", "approve", "sign");
        assertThat(text).contains("keluarga tersebut belum terdaftar dalam Data Tunggal Sosial dan Ekonomi Nasional "
                + "(DTSEN) dan telah diperiksa di lapangan oleh Kepala Seksi Kesejahteraan Sosial");
        assertThat(text).doesNotContain("DTKS", "(DTSEN: -)", ": -");
    }

    @Test
    void businessLetterSaysItIsNoLicenceAndThatTheNibComesFromOss() throws Exception {
        String text = issue("sku", """
                {"businessName":"Warung Berkah","businessType":"warung kelontong","businessAddress":"Jl. Merdeka No. 7",
                 "capital":"15000000","since":"2021-03-01"}""",
                Map.of("pengantar_desa", "desa.pdf", "ktp", "ktp.pdf", "foto_usaha", "foto.pdf"), StaffDecision.ACCEPT,
                StaffDecision.APPROVE, StaffDecision.SIGN);
        assertThat(text).contains("SURAT KETERANGAN USAHA", "usaha warung kelontong dengan nama \"Warung Berkah\"",
                "Jl. Merdeka No. 7", "1 Maret 2021", "Rp15.000.000",
                "Surat keterangan ini bukan merupakan izin usaha. Perizinan berusaha, termasuk Nomor Induk Berusaha "
                        + "(NIB), diurus melalui sistem OSS (oss.go.id).");
        assertThat(text).doesNotContain("IUMK", "Izin Usaha Mikro", "98/2014");
        assertThat(text).containsPattern("Nomor: 500\\.3/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    @Test
    void legalisationAfterTheOriginalWasSeenIsTheCopyItselfStampedOnEveryPage() throws Exception {
        String text = issueScans("legalisasi", """
                {"documentType": "surat keterangan desa/kelurahan", "documentNumber": "145/27/BJ/2026",
                 "documentDate": "2026-11-02", "issuer": "Kepala Desa Batunadua Julu"}""",
                Map.of("salinan", Samples.scannedPdf(2), "ktp", Samples.pdf("ktp")), StaffDecision.ACCEPT,
                StaffDecision.CONFIRM, StaffDecision.SIGN);
        assertThat(text).contains("SURAT KETERANGAN DESA halaman 1", "SURAT KETERANGAN DESA halaman 2")
                .doesNotContain("LEGALISASI DOKUMEN", "Demikian");
        assertThat(text.split("Salinan/fotokopi ini sesuai dengan aslinya\\.", -1)).as("a stamp on each page")
                .hasSize(3);
        assertThat(text).containsPattern("Nomor: 000\\.5\\.3\\.5/\\d{4}/BTN/[IVX]+/\\d{4}");
    }

    /** Submits, completes each staff task in turn with the given decisions, and returns the letter's text. */
    private String issue(String service, String details, Map<String, String> files, String... decisions)
            throws Exception {
        return issueUploading(service, details, parts -> files.forEach((code, name) -> parts.file(code, name,
                Samples.pdf(code))), decisions);
    }

    /** The same with real documents, by requirement code, uploaded as {@code <code>.pdf}. */
    private String issueScans(String service, String details, Map<String, byte[]> files, String... decisions)
            throws Exception {
        return issueUploading(service, details, parts -> files.forEach((code, content) -> parts.file(code,
                code + ".pdf", content)), decisions);
    }

    private String issueUploading(String service, String details, java.util.function.Consumer<Http.Parts> files,
                                  String... decisions) throws Exception {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        data.setAll((ObjectNode) JSON.readTree(details));
        Http.Parts parts = new Http.Parts().text("service", service).json("data", data.toString());
        files.accept(parts);
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
