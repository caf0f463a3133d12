package id.layanankecamatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Dispensasi Nikah shortens the notice period; it cannot lower the marriage age. When either NIK gives an age
 * under 19 on the wedding date, the application is refused on that field, with the court's dispensasi kawin
 * (UU 16/2019 Pasal 7(2)) named, the same way at the API, in the portal and when the officer corrects the data.
 */
class MarriageAgeTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEDDING = "2027-03-01";
    /** A woman (day 55 = 15 + 40) born 15 June 2010: 16 on the wedding day. */
    private static final String BRIDE_AGED_16 = "1277035506100002";
    /** A man born 20 January 2009: 18 on the wedding day. */
    private static final String GROOM_AGED_18 = "1277032001090003";
    /** A man born 1 March 2008: 19 exactly on the wedding day. */
    private static final String GROOM_JUST_19 = "1277030103080004";
    private static final String BRIDE_MESSAGE = "NIK calon istri menunjukkan umur 16 tahun pada rencana tanggal "
            + "perkawinan (1 Maret 2027), belum 19 tahun. Perkawinan calon pengantin yang belum berumur 19 tahun "
            + "memerlukan dispensasi kawin dari pengadilan";

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void theApiRefusesEachPartnerUnder19OnTheWeddingDayAndStoresNothing() throws Exception {
        long before = applicationCount();
        ObjectNode data = data(GROOM_AGED_18, BRIDE_AGED_16);

        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "dispensasi-nikah").json("data", data.toString())
                .file("bukti_pendaftaran", "simkah.pdf", Samples.pdf("simkah"))
                .file("ktp_kk_calon", "ktp-kk.pdf", Samples.pdf("ktp kk")).build(), h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> errors = new ArrayList<>();
        JSON.readTree(answer.getBody()).get("errors").forEach(e -> errors.add(e.get("field").asText() + ": "
                + e.get("message").asText()));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("groomNik: NIK calon suami menunjukkan umur 18 tahun pada rencana tanggal "
                + "perkawinan (1 Maret 2027), belum 19 tahun.").contains("UU 16/2019 Pasal 7 ayat (2)");
        assertThat(errors.get(1)).startsWith("brideNik: " + BRIDE_MESSAGE);
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void nineteenOnTheWeddingDayItselfIsOldEnough() {
        String number = applications.submit(submission(GROOM_JUST_19, Samples.NIK)).registrationNumber();

        assertThat(repository.findByRegistrationNumber(number).orElseThrow().details())
                .containsEntry("groomNik", GROOM_JUST_19);
    }

    @Test
    void thePortalShowsTheRefusalNextToTheField() throws Exception {
        long before = applicationCount();
        List<PortalClient.Part> parts = new ArrayList<>();
        ApplicantData a = Samples.applicant();
        Map.of("nik", a.nik(), "name", a.name(), "address", a.address(), "rt", a.rt(), "rw", a.rw(),
                "village", a.village(), "purpose", a.purpose(), "email", a.email())
                .forEach((name, value) -> parts.add(PortalClient.Part.text(name, value)));
        details(GROOM_JUST_19, BRIDE_AGED_16).fields()
                .forEachRemaining(f -> parts.add(PortalClient.Part.text(f.getKey(), f.getValue().asText())));
        parts.add(PortalClient.Part.file("bukti_pendaftaran", "simkah.pdf", Samples.pdf("simkah")));
        parts.add(PortalClient.Part.file("ktp_kk_calon", "ktp-kk.pdf", Samples.pdf("ktp kk")));

        HttpResponse<String> page = new PortalClient(baseUrl()).submit("/layanan/dispensasi-nikah/ajukan",
                "/layanan/dispensasi-nikah/ajukan", parts);

        assertThat(page.statusCode()).isEqualTo(400);
        String body = PortalClient.unescape(page.body());
        assertThat(body).contains("id=\"brideNik-error\"", BRIDE_MESSAGE).doesNotContain("groomNik-error");
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void theOfficersCorrectionIsHeldToTheSameAge() {
        String number = applications.submit(submission(GROOM_JUST_19, Samples.NIK)).registrationNumber();
        Jobs.runDue(processEngine, number);

        String task = StaffWork.task(processEngine, number, ProcessIds.TASK_VERIFY).getId();
        processEngine.getTaskService().claim(task, "petugas");

        // as Tasklist submits the verification form: the field's task-local copy changed
        assertThatThrownBy(() -> processEngine.getFormService().submitTaskForm(task,
                Map.of("decision", "accept", "brideNik", BRIDE_AGED_16)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Data layanan belum benar").hasMessageContaining(BRIDE_MESSAGE);
        assertThat(StaffWork.task(processEngine, number, ProcessIds.TASK_VERIFY)).isNotNull();
        assertThat(repository.findByRegistrationNumber(number).orElseThrow().details())
                .containsEntry("brideNik", Samples.NIK);
    }

    private static ObjectNode details(String groomNik, String brideNik) {
        return JSON.createObjectNode().put("groomName", "Ahmad Fauzi Siregar").put("groomNik", groomNik)
                .put("brideName", "Rina Hasibuan").put("brideNik", brideNik)
                .put("registrationOffice", "KUA Kecamatan Padangsidimpuan Batunadua").put("registrationDate", "2027-02-22")
                .put("weddingDate", WEDDING).put("weddingPlace", "Masjid Raya Batunadua")
                .put("reason", "keluarga besar hanya dapat berkumpul pada tanggal itu.");
    }

    private static ObjectNode data(String groomNik, String brideNik) {
        ObjectNode data = JSON.valueToTree(Samples.applicant());
        return data.setAll(details(groomNik, brideNik));
    }

    private static Submission submission(String groomNik, String brideNik) {
        return new Submission("dispensasi-nikah", Samples.applicant(), details(groomNik, brideNik),
                List.of(new UploadedFile("bukti_pendaftaran", "simkah.pdf", Samples.pdf("simkah")),
                        new UploadedFile("ktp_kk_calon", "ktp-kk.pdf", Samples.pdf("ktp kk"))),
                null, Submission.CHANNEL_ONLINE);
    }

    private long applicationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    }
}
