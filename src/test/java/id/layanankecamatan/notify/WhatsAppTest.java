package id.layanankecamatan.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterRepository;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The WhatsApp channel against a WireMock server standing in for the Cloud API at its documented paths: what is
 * sent (templates, media upload, document), how a refusing or slow API is waited for, and the status webhook.
 */
class WhatsAppTest extends IntegrationTest {

    private static final String PHONE_ID = "109876543210";

    @Autowired
    WhatsAppProperties configured;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ProviderOutbox providerOutbox;
    @Autowired
    OfficeClock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoticeFactsReader reader;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    LetterService letters;
    @Autowired
    LetterRepository letterRepository;

    private final WireMockServer api = new WireMockServer(options().dynamicPort());
    private WhatsAppNoticeChannel channel;
    private WhatsAppDelivery delivery;

    @BeforeEach
    void cloudApi() {
        api.start();
        WhatsAppProperties properties = new WhatsAppProperties("test-token", PHONE_ID, configured.appSecret(),
                configured.verifyToken(), URI.create(api.baseUrl() + "/v21.0"), "id", Duration.ofSeconds(2),
                Duration.ofHours(24), configured.templates());
        channel = new WhatsAppNoticeChannel(outbox, clock, properties, json);
        delivery = new WhatsAppDelivery(providerOutbox, outbox, new WhatsAppCloudApi(properties, json), transaction,
                clock, properties, json);
        // rows a previous test left waiting are not this test's
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED' WHERE channel = 'WHATSAPP' AND status = 'PENDING'")
                .update();
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void aCitizenWithOnlyAPhoneGetsTheReceiptAndTheSignedLetterOnWhatsApp() {
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages").withRequestBody(matchingJsonPath("$.type", equalTo("template")))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.TPL1\"}]}")));
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages")
                .withRequestBody(matchingJsonPath("$.template.name", equalTo("layanan_surat_terbit")))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.TPL2\"}]}")));
        api.stubFor(post("/v21.0/" + PHONE_ID + "/media").willReturn(okJson("{\"id\":\"MEDIA77\"}")));
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages").withRequestBody(matchingJsonPath("$.type", equalTo("document")))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.DOC1\"}]}")));
        ApplicantData phoneOnly = new ApplicantData(Samples.NIK, "Siti Hasibuan", "Jl. Merdeka No. 5", "003", "002",
                "Batunadua Julu", "Melamar pekerjaan", null, "0812-3456-7890");
        Receipt receipt = applications.submit(new Submission("domisili", phoneOnly, Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE));
        Application application = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        assertThat(channel.reaches(application)).isTrue();

        transaction.executeWithoutResult(s -> channel.send(application, reader.read(Notice.RECEIVED, application)));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        api.verify(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/messages"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","to":"6281234567890","type":"template",
                         "template":{"name":"layanan_diterima","language":{"code":"id"},
                          "components":[{"type":"body","parameters":[
                            {"type":"text","text":"Siti Hasibuan"},{"type":"text","text":"Surat Keterangan Domisili"},
                            {"type":"text","text":"%s"},{"type":"text","text":"%s"}]}]}}"""
                        .formatted(receipt.registrationNumber(), receipt.trackingCode()))));

        StaffWork.verified(processEngine, receipt.registrationNumber());
        Letter letter = transaction.execute(s -> letters.issue(receipt.registrationNumber(), "camat"));
        Application issued = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        transaction.executeWithoutResult(s -> channel.send(issued, reader.read(Notice.ISSUED, issued)));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        List<LoggedRequest> uploads = api.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/media")));
        assertThat(uploads).hasSize(1);
        LoggedRequest upload = uploads.get(0);
        assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer test-token");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.getPart("messaging_product").getBody().asString()).isEqualTo("whatsapp");
        assertThat(upload.getPart("type").getBody().asString()).isEqualTo("application/pdf");
        // what the tracking page's download serves (TrackingController.letter)
        byte[] download = letterRepository.findByApplicationId(application.id()).orElseThrow().pdf();
        assertThat(upload.getPart("file").getBody().asBytes()).isEqualTo(letter.pdf()).isEqualTo(download);
        api.verify(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/messages"))
                .withRequestBody(matchingJsonPath("$.document.id", equalTo("MEDIA77")))
                .withRequestBody(matchingJsonPath("$.to", equalTo("6281234567890")))
                .withRequestBody(matchingJsonPath("$.document.filename", containing(".pdf")))
                .withRequestBody(matchingJsonPath("$.document.caption", containing(letter.number()))));

        // no NIK in any message (the letter itself is the citizen's document)
        api.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/messages")))
                .forEach(r -> assertThat(r.getBodyAsString()).doesNotContain(Samples.NIK));
        assertThat(outbox.ofApplication(application.id())).extracting(MailOutbox.SentNotice::channel,
                MailOutbox.SentNotice::event, MailOutbox.SentNotice::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WHATSAPP", "received", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("WHATSAPP", "issued", "SENT"));
        assertThat(row("wamid.TPL1")).containsEntry("status", "SENT");
        assertThat(jdbc.sql("SELECT document_message_id FROM outbox_message WHERE event = 'issued' "
                + "AND application_id = ?").param(application.id()).query(String.class).single()).isEqualTo("wamid.DOC1");

        // the provider reports: recorded with a valid signature, refused and ignored without
        Http http = new Http(baseUrl());
        String delivered = status("wamid.TPL1", "delivered");
        assertThat(http.postJson("/webhooks/whatsapp", delivered, h -> h.set("X-Hub-Signature-256",
                "sha256=" + HexFormat.of().formatHex(WhatsAppWebhookController.hmac("wrong-secret",
                        delivered.getBytes(StandardCharsets.UTF_8))))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postJson("/webhooks/whatsapp", delivered, h -> { }).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(row("wamid.TPL1").get("provider_status")).isNull();
        assertThat(http.postJson("/webhooks/whatsapp", delivered, h -> h.set("X-Hub-Signature-256", signed(delivered)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(row("wamid.TPL1")).containsEntry("provider_status", "delivered");
        String read = status("wamid.DOC1", "read");
        http.postJson("/webhooks/whatsapp", read, h -> h.set("X-Hub-Signature-256", signed(read)));
        assertThat(jdbc.sql("SELECT provider_status FROM outbox_message WHERE document_message_id = 'wamid.DOC1'")
                .query(String.class).single()).isEqualTo("read");
        String late = status("wamid.DOC1", "delivered"); // callbacks come out of order
        http.postJson("/webhooks/whatsapp", late, h -> h.set("X-Hub-Signature-256", signed(late)));
        assertThat(jdbc.sql("SELECT provider_status FROM outbox_message WHERE document_message_id = 'wamid.DOC1'")
                .query(String.class).single()).isEqualTo("read");

        // staff see which channel told the citizen what, and how far it got
        String page = http.get("/staff/applications/" + receipt.registrationNumber(),
                h -> h.set("Authorization", Http.basic("camat", "demo"))).getBody();
        assertThat(page.substring(page.indexOf("id=\"messages\""), page.indexOf("id=\"history\"")))
                .contains("WhatsApp", "Permohonan diterima", "terkirim, sampai di ponsel", "Surat terbit",
                        "terkirim, dibaca").doesNotContain("Siti Hasibuan");
    }

    @Test
    void theVerifyHandshakeAnswersTheChallengeOnlyForTheConfiguredToken() {
        Http http = new Http(baseUrl());
        ResponseEntity<String> ok = http.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
                + configured.verifyToken() + "&hub.challenge=1158201444", h -> { });
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).isEqualTo("1158201444");
        assertThat(http.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
                h -> { }).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aThrottledMessageWaitsAtLeastAsLongAsRetryAfterSays() {
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        long id = queued();

        assertThat(delivery.deliverDue()).isZero();

        Map<String, Object> row = byId(id);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "HTTP 429");
        assertThat(((Timestamp) row.get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(clock.now().plusSeconds(119).toInstant());
        assertThat(delivery.deliverDue()).isZero();
        assertThat(api.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/messages")))).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedAfterABackoffAndDeliveredWhenTheApiIsBack() {
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages").willReturn(aResponse().withStatus(500)));
        long id = queued();

        assertThat(delivery.deliverDue()).isZero();
        assertThat(byId(id)).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP 500");
        assertThat(((Timestamp) byId(id).get("next_attempt_at")).toInstant())
                .isAfter(clock.now().plusSeconds(20).toInstant());

        api.resetAll();
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages")
                .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.BACK\"}]}")));
        dueNow(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(byId(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    void aSlowAnswerIsATimeoutAndTriedAgainLater() {
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages")
                .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.SLOW\"}]}").withFixedDelay(4000)));
        long id = queued();

        assertThat(delivery.deliverDue()).isZero();

        assertThat(byId(id)).containsEntry("status", "PENDING").containsEntry("last_error", "HttpTimeoutException");
    }

    @Test
    void aMessageStillNotOutAfterTheMaximumAgeIsMarkedFailed() {
        api.stubFor(post("/v21.0/" + PHONE_ID + "/messages").willReturn(aResponse().withStatus(503)));
        long id = queued();
        jdbc.sql("UPDATE outbox_message SET created_at = ? WHERE id = ?")
                .params(clock.now().minusHours(24).minusMinutes(1), id).update();

        assertThat(delivery.deliverDue()).isZero();

        assertThat(byId(id)).containsEntry("status", "FAILED").containsEntry("last_error", "HTTP 503");
        assertThat(outbox.ofApplication(4_000_001L)).extracting(MailOutbox.SentNotice::status).contains("FAILED");
    }

    /** A closed notice to 0812…, for application 4000001 (no such application is needed to send it). */
    private long queued() {
        Application application = new Application(4_000_001L, "BTN-2037-000099", "K7M2Q9PX", "domisili", null,
                new ApplicantData(Samples.NIK, "Siti", "Jl. Merdeka 5", "003", "002", "Batunadua Julu",
                        "Melamar pekerjaan", null, "+6281234567890"), Map.of(), "ONLINE", null, null, null, null,
                null);
        transaction.executeWithoutResult(s -> channel.send(application, new NoticeFacts(Notice.CLOSED,
                Map.of("name", "Siti", "number", "BTN-2037-000099"), null)));
        return jdbc.sql("SELECT MAX(id) FROM outbox_message WHERE channel = 'WHATSAPP'").query(Long.class).single();
    }

    private void dueNow(long id) {
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE id = ?").params(clock.now().minusSeconds(1), id)
                .update();
    }

    private Map<String, Object> byId(long id) {
        return jdbc.sql("SELECT status, attempts, last_error, next_attempt_at FROM outbox_message WHERE id = ?")
                .param(id).query().singleRow();
    }

    private Map<String, Object> row(String wamid) {
        return jdbc.sql("SELECT status, provider_status FROM outbox_message WHERE provider_message_id = ?")
                .param(wamid).query().singleRow();
    }

    private static String status(String wamid, String status) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","metadata":{"phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"1796000000","recipient_id":"6281234567890"}]}}]}]}"""
                .formatted(PHONE_ID, wamid, status);
    }

    private String signed(String body) {
        return "sha256=" + HexFormat.of().formatHex(WhatsAppWebhookController.hmac(configured.appSecret(),
                body.getBytes(StandardCharsets.UTF_8)));
    }
}
