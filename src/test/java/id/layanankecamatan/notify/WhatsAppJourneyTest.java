package id.layanankecamatan.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.LetterRepository;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14 end to end on WhatsApp: a citizen who gave only a mobile number, the real processes and the real
 * delivery, the Cloud API played by WireMock. The receipt, the request to correct, the reminder two working days
 * before the deadline and the signed letter reach the phone, in that order, also when the API is down for a while.
 */
class WhatsAppJourneyTest extends IntegrationTest {

    private static final String PHONE_ID = "109876543210";
    private static final String MESSAGES = "/v21.0/" + PHONE_ID + "/messages";
    private static final WireMockServer API = new WireMockServer(options().dynamicPort());

    @DynamicPropertySource
    static void cloudApi(DynamicPropertyRegistry properties) {
        API.start();
        properties.add("layanan.whatsapp.token", () -> "journey-token");
        properties.add("layanan.whatsapp.phone-number-id", () -> PHONE_ID);
        properties.add("layanan.whatsapp.api-base", () -> API.baseUrl() + "/v21.0");
    }

    @AfterAll
    static void stop() {
        API.stop();
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    LetterRepository letters;
    @Autowired
    WhatsAppDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aCitizenWithOnlyAPhoneIsToldEveryStepInOrderEvenAfterTheApiWasDown() throws Exception {
        API.stubFor(post(MESSAGES).willReturn(okJson("{\"messages\":[{\"id\":\"wamid.T\"}]}")));
        API.stubFor(post("/v21.0/" + PHONE_ID + "/media").willReturn(okJson("{\"id\":\"MEDIA1\"}")));
        ApplicantData phoneOnly = new ApplicantData(Samples.NIK, "Siti Hasibuan", "Jl. Merdeka No. 5", "003", "002",
                "Batunadua Julu", "Melamar pekerjaan", null, "0812-3456-7890");
        Receipt receipt = applications.submit(new Submission("domisili", phoneOnly, Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE));
        String number = receipt.registrationNumber();
        Jobs.runDue(processEngine, number);
        assertThat(delivery.deliverDue()).isEqualTo(1);

        // the API goes down just as the officer returns the application
        API.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(503)));
        StaffWork.complete(processEngine, number, ProcessIds.TASK_VERIFY, "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Foto KK buram."));
        assertThat(delivery.deliverDue()).isZero();

        // the reminder falls due two working days before the deadline, while "returned" still waits for its retry
        Job reminder = processEngine.getManagementService().createJobQuery()
                .activityId(ProcessIds.TIMER_CORRECTION_REMINDER).singleResult();
        assertThat(reminder.getDuedate()).isBefore(java.util.Date.from(
                repository.findByRegistrationNumber(number).orElseThrow().correctionDue().toInstant()));
        processEngine.getManagementService().executeJob(reminder.getId());
        Jobs.runDue(processEngine, number);
        allDueNow();
        API.stubFor(post(MESSAGES).withRequestBody(matchingJsonPath("$.template.name",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("layanan_pengingat_perbaikan")))
                .atPriority(1).willReturn(okJson("{\"messages\":[{\"id\":\"wamid.R\"}]}")));
        // the reminder could go, but waits behind the earlier message to the same number
        assertThat(delivery.deliverDue()).isZero();

        // the API is back an hour later: both go, in the order they were written
        API.stubFor(post(MESSAGES).willReturn(okJson("{\"messages\":[{\"id\":\"wamid.T\"}]}")));
        allDueNow();
        assertThat(delivery.deliverDue()).isEqualTo(2);

        // the citizen corrects; the letter is signed and sent
        assertThat(new Http(baseUrl()).postMultipart("/api/v1/applications/" + number + "/correction",
                new Http.Parts().json("data", "{\"address\": \"Jl. Merdeka No. 7\"}").build(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getStatusCode()).isEqualTo(HttpStatus.OK);
        StaffWork.signed(processEngine, number);
        assertThat(delivery.deliverDue()).isEqualTo(1);

        List<String> templates = API.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .map(this::body).filter(b -> b.path("type").asText().equals("template"))
                .map(b -> b.path("template").path("name").asText()).toList();
        // each template once it was accepted; the 503 answers came first for "returned"
        assertThat(templates.stream().distinct().toList()).containsExactly("layanan_diterima",
                "layanan_dikembalikan", "layanan_pengingat_perbaikan", "layanan_surat_terbit");
        List<LoggedRequest> uploads = API.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/media")));
        assertThat(uploads).hasSize(1);
        byte[] download = letters.findByApplicationId(repository.findByRegistrationNumber(number).orElseThrow().id())
                .orElseThrow().pdf();
        assertThat(uploads.get(0).getPart("file").getBody().asBytes()).isEqualTo(download);
        JsonNode reminded = API.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream().map(this::body)
                .filter(b -> b.path("template").path("name").asText().equals("layanan_pengingat_perbaikan"))
                .findFirst().orElseThrow();
        assertThat(reminded.toString()).contains(number).doesNotContain(Samples.NIK);
        assertThat(jdbc.sql("SELECT event FROM outbox_message WHERE channel = 'WHATSAPP' AND status = 'SENT' "
                        + "AND application_id = ? ORDER BY sent_at, id")
                .param(repository.findByRegistrationNumber(number).orElseThrow().id()).query(String.class).list())
                .containsExactly("received", "returned", "reminder", "issued");
    }

    @Test
    void aCitizenWhoChoseWhatsAppIsToldThereAndNotByMail() throws Exception {
        API.stubFor(post(MESSAGES).willReturn(okJson("{\"messages\":[{\"id\":\"wamid.C\"}]}")));
        com.fasterxml.jackson.databind.node.ObjectNode data = Samples.domisiliData().put("phone", "081299887766");
        data.putArray("notifyBy").add("whatsapp");
        org.springframework.http.ResponseEntity<String> answer = new Http(baseUrl()).postMultipart("/api/v1/applications",
                new Http.Parts().text("service", "domisili").json("data", data.toString())
                        .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                        .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = json.readTree(answer.getBody()).get("registrationNumber").asText();
        Jobs.runDue(processEngine, number);
        long applicationId = repository.findByRegistrationNumber(number).orElseThrow().id();

        assertThat(repository.findByRegistrationNumber(number).orElseThrow().applicant().notifyBy())
                .containsExactly("WHATSAPP");
        assertThat(jdbc.sql("SELECT channel FROM outbox_message WHERE application_id = ?").param(applicationId)
                .query(String.class).list()).containsExactly("WHATSAPP");
        assertThat(Mails.about(receivedMails(), number)).isEmpty();
        assertThat(delivery.deliverDue()).isEqualTo(1);
    }

    /** Time passes: every waiting WhatsApp message may be tried now. */
    private void allDueNow() {
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE channel = 'WHATSAPP' AND status = 'PENDING'")
                .param(java.time.OffsetDateTime.now().minusSeconds(1)).update();
    }

    private JsonNode body(LoggedRequest request) {
        try {
            return json.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
