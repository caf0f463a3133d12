package id.layanankecamatan.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Telegram channel: the deep link on the receipt and the tracking page, the bot's webhook binding a chat with
 * the link's single-use token, and delivery against a WireMock server standing in for the Bot API at its documented
 * paths (sendMessage as JSON, sendDocument as multipart), including 429 with retry_after and server errors.
 */
class TelegramTest extends IntegrationTest {

    private static final String BOT = "/bot123456:test-bot-token";
    private static final Pattern TOKEN = Pattern.compile("https://t\\.me/layanan_test_bot\\?start=([A-Za-z0-9_-]+)");
    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":%d,\"chat\":{\"id\":777}}}";

    @Autowired
    TelegramProperties configured;
    @Autowired
    TelegramNoticeChannel channel;
    @Autowired
    TelegramLinks links;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ProviderOutbox rows;
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
    ServiceCatalog catalog;

    private final WireMockServer api = new WireMockServer(options().dynamicPort());
    private TelegramDelivery delivery;
    private Http http;

    @BeforeEach
    void botApi() {
        api.start();
        TelegramProperties properties = new TelegramProperties(configured.botToken(), configured.botName(),
                configured.webhookSecret(), URI.create(api.baseUrl()), Duration.ofSeconds(2), Duration.ofHours(24));
        delivery = new TelegramDelivery(rows, outbox, new TelegramBotApi(properties, json), transaction, clock,
                properties);
        http = new Http(baseUrl());
        // rows a previous test left waiting are not this test's
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED' WHERE channel = 'TELEGRAM' AND status = 'PENDING'")
                .update();
    }

    @AfterEach
    void stop() {
        api.stop();
        ClockUtil.reset();
    }

    @Test
    void aCitizenBindsTheChatFromTheReceiptAndGetsTheNewsAndTheSignedLetter() throws Exception {
        api.stubFor(post(BOT + "/sendMessage").willReturn(okJson(OK.formatted(11))));
        api.stubFor(post(BOT + "/sendDocument").willReturn(okJson(OK.formatted(12))));
        PortalClient citizen = new PortalClient(baseUrl());
        HttpResponse<String> sent = citizen.submit("/layanan/domisili/ajukan", "/layanan/domisili/ajukan",
                form("0812-3456-7890"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String receipt = citizen.get("/tanda-terima").body();
        String number = text(receipt, "id=\"registration-number\"");
        String trackingCode = text(receipt, "id=\"tracking-code\"");
        assertThat(receipt).contains("Kabar lewat Telegram", "tekan <strong>Start</strong>", "<svg");
        String token = token(receipt);
        assertThat(token).hasSize(32);
        // a reload shows the same link
        assertThat(token(citizen.get("/tanda-terima").body())).isEqualTo(token);
        long application = repository.findByRegistrationNumber(number).orElseThrow().id();

        // without the secret, or with a wrong one: refused, nothing bound
        assertThat(webhook(start(777, token), null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webhook(start(777, token), "wrong-secret").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(chats(application)).isZero();

        assertThat(webhook(start(777, token), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT chat_id FROM telegram_chat WHERE application_id = ?").param(application)
                .query(Long.class).single()).isEqualTo(777L);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(sentTexts()).singleElement().satisfies(m -> {
            assertThat(m.path("chat_id").asLong()).isEqualTo(777);
            assertThat(m.path("text").asText()).startsWith("Terhubung dengan permohonan " + number);
        });

        // the process goes on: the receipt notice (its step runs now), accepted, signed
        StaffWork.signed(processEngine, number);
        assertThat(delivery.deliverDue()).isEqualTo(2);
        List<JsonNode> texts = sentTexts();
        assertThat(texts).hasSize(3);
        assertThat(texts.get(1).path("text").asText()).contains("telah kami terima", number);
        assertThat(texts.get(2).path("text").asText()).contains("telah ditandatangani", number,
                "survei kepuasan", "/survei/" + number, "Ajukan pengaduan", "/pengaduan?nomor=" + number);
        texts.forEach(m -> assertThat(m.path("chat_id").asLong()).isEqualTo(777));

        List<LoggedRequest> documents = api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendDocument")));
        assertThat(documents).hasSize(1);
        LoggedRequest document = documents.get(0);
        assertThat(document.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(document.getPart("chat_id").getBody().asString()).isEqualTo("777");
        assertThat(document.getPart("caption").getBody().asString()).contains("Surat Keterangan Domisili")
                .doesNotContain(Samples.NIK);
        assertThat(document.getPart("document").getHeader("Content-Disposition").firstValue())
                .contains("filename=\"").contains(".pdf");
        // the same bytes as the citizen's download
        ResponseEntity<byte[]> download = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", trackingCode));
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getPart("document").getBody().asBytes()).isEqualTo(download.getBody());
        api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendMessage")))
                .forEach(r -> assertThat(r.getBodyAsString()).doesNotContain(Samples.NIK));

        // staff see the channel and what went out
        assertThat(outbox.ofApplication(application)).filteredOn(m -> m.channel().equals("TELEGRAM"))
                .extracting(MailOutbox.SentNotice::event, MailOutbox.SentNotice::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("linked", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("received", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("issued", "SENT"));
        String page = http.get("/staff/applications/" + number,
                h -> h.set("Authorization", Http.basic("camat", "demo"))).getBody();
        assertThat(page.substring(page.indexOf("id=\"messages\""), page.indexOf("id=\"history\"")))
                .contains("Telegram", "Telegram terhubung", "Surat terbit");
    }

    @Test
    void theReturnNoteArrivesWithItsDeadlineAndWithoutTheNik() {
        api.stubFor(post(BOT + "/sendMessage").willReturn(okJson(OK.formatted(21))));
        Receipt receipt = submitted();
        Application application = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        bind(application, 4242);
        delivery.deliverDue();

        Jobs.runDue(processEngine, receipt.registrationNumber());
        StaffWork.complete(processEngine, receipt.registrationNumber(), ProcessIds.TASK_VERIFY, "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE,
                        "NIK " + Samples.NIK + " pada KK tidak terbaca, unggah ulang."));
        delivery.deliverDue();

        List<JsonNode> texts = sentTexts();
        JsonNode returned = texts.get(texts.size() - 1);
        assertThat(returned.path("chat_id").asLong()).isEqualTo(4242);
        assertThat(returned.path("text").asText()).contains("dikembalikan untuk diperbaiki",
                "NIK **************** pada KK tidak terbaca", "paling lambat").doesNotContain(Samples.NIK);
        assertThat(texts.get(texts.size() - 2).path("text").asText()).contains("telah kami terima");

        // two working days before the deadline: the reminder (main's BPMN timer sends it; here straight)
        Application waiting = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        transaction.executeWithoutResult(s -> channel.send(waiting, reader.read(Notice.REMINDER, waiting)));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        List<JsonNode> all = sentTexts();
        assertThat(all.get(all.size() - 1).path("text").asText()).startsWith("Pengingat: permohonan")
                .contains(receipt.registrationNumber(), "masih menunggu perbaikan sampai").doesNotContain("{");
    }

    @Test
    void aReusedAnUnknownAndAnExpiredTokenBindNothingAndSaySo() {
        Application application = repository.findByRegistrationNumber(submitted().registrationNumber())
                .orElseThrow();
        String token = token(links.create(application.id()).orElseThrow().url());
        assertThat(webhook(start(501, token), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chats(application.id())).isEqualTo(1);

        // the same link again, from another chat: refused, the first chat stays
        assertThat(webhook(start(502, token), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT chat_id FROM telegram_chat WHERE application_id = ?").param(application.id())
                .query(Long.class).single()).isEqualTo(501L);
        assertThat(lastReply(502)).isEqualTo(TelegramConversation.USED);
        // the same update again from the bound chat (Telegram retrying): still bound, said once more
        webhook(start(501, token), configured.webhookSecret());
        assertThat(lastReply(501)).startsWith("Terhubung dengan permohonan " + application.registrationNumber());
        assertThat(chats(application.id())).isEqualTo(1);

        webhook(start(503, "Zm9yZ2VkLXRva2VuLXRoYXQtd2FzLW5ldmVyLW1hZGU"), configured.webhookSecret());
        assertThat(lastReply(503)).isEqualTo(TelegramConversation.UNKNOWN);
        webhook(start(504, "not a token!"), configured.webhookSecret());
        assertThat(lastReply(504)).isEqualTo(TelegramConversation.UNKNOWN);
        webhook(update(505, "Halo, surat saya kapan jadi?"), configured.webhookSecret());
        assertThat(lastReply(505)).isEqualTo(TelegramConversation.HELP);

        // a week and a minute later the link has expired
        Application other = repository.findByRegistrationNumber(submitted().registrationNumber()).orElseThrow();
        String old = token(links.create(other.id()).orElseThrow().url());
        ClockUtil.setCurrentTime(Date.from(clock.now().plus(TelegramLinks.VALID).plusMinutes(1).toInstant()));
        assertThat(webhook(start(506, old), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chats(other.id())).isZero();
        assertThat(lastReply(506)).isEqualTo(TelegramConversation.EXPIRED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_link_token WHERE application_id = ? AND used_at IS NULL")
                .param(other.id()).query(Long.class).single()).isEqualTo(1L);
        // only the token's hash is kept
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_link_token WHERE token_hash = ?").param(old)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theTrackingPageMakesAFreshLink() throws Exception {
        Receipt receipt = submitted();
        String path = "/lacak/" + receipt.registrationNumber();
        Browser citizen = new Browser();
        HttpResponse<String> found = citizen.post("/lacak", "/lacak",
                "nomor=" + receipt.registrationNumber() + "&kode=" + receipt.trackingCode());
        assertThat(found.statusCode()).isEqualTo(302);
        String status = citizen.get(path).body();
        assertThat(status).contains("Hubungkan Telegram").doesNotContain("t.me/");

        HttpResponse<String> made = citizen.post(path, path + "/telegram", "");
        assertThat(made.statusCode()).isEqualTo(302);
        String withLink = citizen.get(path).body();
        String token = token(withLink);
        assertThat(withLink).contains("<svg", "berlaku 7 hari");
        Application application = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        assertThat(jdbc.sql("SELECT application_id FROM telegram_link_token WHERE token_hash = ?")
                .param(TelegramLinks.hash(token)).query(Long.class).single()).isEqualTo(application.id());
        // shown once: the next visit offers the button again
        assertThat(citizen.get(path).body()).contains("Hubungkan Telegram").doesNotContain("t.me/");

        // a cancelled application will have no news: no button, and a link is refused
        assertThat(citizen.post(path, path + "/batal", "").statusCode()).isEqualTo(302);
        long tokens = jdbc.sql("SELECT COUNT(*) FROM telegram_link_token").query(Long.class).single();
        assertThat(citizen.get(path).body()).doesNotContain("Hubungkan Telegram");
        // the page has no form left: the session's CSRF token from the tracking form
        assertThat(citizen.post("/lacak", path + "/telegram", "").statusCode()).isEqualTo(302);
        assertThat(citizen.get(path).body()).contains("sudah selesai").doesNotContain("t.me/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telegram_link_token").query(Long.class).single()).isEqualTo(tokens);
    }

    @Test
    void aThrottledMessageWaitsForRetryAfterAndIsThenSentOnce() {
        api.stubFor(post(BOT + "/sendMessage").willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 37",
                         "parameters":{"retry_after":37}}""")));
        long id = queued(null);

        assertThat(delivery.deliverDue()).isZero();
        assertThat(byId(id)).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP 429");
        assertThat(((Timestamp) byId(id).get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(clock.now().plusSeconds(36).toInstant());
        assertThat(delivery.deliverDue()).isZero();

        api.resetAll();
        api.stubFor(post(BOT + "/sendMessage").willReturn(okJson(OK.formatted(31))));
        dueNow(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(byId(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(delivery.deliverDue()).isZero();
        assertThat(api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendMessage")))).hasSize(1);
    }

    @Test
    void aServerErrorOnTheDocumentIsRetriedWithoutSendingTheTextAgain() {
        api.stubFor(post(BOT + "/sendMessage").willReturn(okJson(OK.formatted(41))));
        api.stubFor(post(BOT + "/sendDocument").willReturn(aResponse().withStatus(502)));
        long id = queued(Samples.pdf("surat"));

        assertThat(delivery.deliverDue()).isZero();
        assertThat(byId(id)).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP 502");
        assertThat(((Timestamp) byId(id).get("next_attempt_at")).toInstant())
                .isAfter(clock.now().plusSeconds(20).toInstant());

        api.stubFor(post(BOT + "/sendDocument").willReturn(okJson(OK.formatted(42))));
        dueNow(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendMessage")))).hasSize(1);
        assertThat(api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendDocument")))).hasSize(2);
        assertThat(jdbc.sql("SELECT status, provider_message_id, document_message_id FROM outbox_message "
                + "WHERE id = ?").param(id).query().singleRow()).containsEntry("status", "SENT")
                .containsEntry("provider_message_id", "41").containsEntry("document_message_id", "42");
    }

    @Test
    void aSlowAnswerIsATimeoutAndTriedAgainLater() {
        api.stubFor(post(BOT + "/sendMessage").willReturn(okJson(OK.formatted(51)).withFixedDelay(4000)));
        long id = queued(null);

        assertThat(delivery.deliverDue()).isZero();

        assertThat(byId(id)).containsEntry("status", "PENDING").containsEntry("last_error", "HttpTimeoutException");
    }

    @Test
    void aMessageStillNotOutAfterTheMaximumAgeIsMarkedFailed() {
        api.stubFor(post(BOT + "/sendMessage").willReturn(aResponse().withStatus(500)));
        long id = queued(null);
        jdbc.sql("UPDATE outbox_message SET created_at = ? WHERE id = ?")
                .params(clock.now().minusHours(24).minusMinutes(1), id).update();

        assertThat(delivery.deliverDue()).isZero();

        assertThat(byId(id)).containsEntry("status", "FAILED").containsEntry("last_error", "HTTP 500");
    }

    // --- helpers

    @Test
    void theReceiptMailCarriesALinkOfItsOwnThatBindsTheChat() throws Exception {
        Receipt receipt = applications.submit(Samples.submission(catalog.get("domisili")));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        jakarta.mail.internet.MimeMessage mail = Mails.about(receivedMails(), receipt.registrationNumber()).get(0);
        String body = mail.getContent().toString();
        assertThat(body).contains("lewat Telegram").doesNotContain(Samples.NIK);

        assertThat(webhook(start(601, token(body)), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
        long application = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow().id();
        assertThat(chats(application)).isEqualTo(1);
    }

    private static List<PortalClient.Part> form(String phone) {
        ApplicantData a = Samples.applicant();
        List<PortalClient.Part> parts = new ArrayList<>();
        Map.of("nik", a.nik(), "name", a.name(), "address", a.address(), "rt", a.rt(), "rw", a.rw(),
                "village", a.village(), "purpose", a.purpose(), "phone", phone, "domicileSince", "2019-07-01")
                .forEach((name, value) -> parts.add(PortalClient.Part.text(name, value)));
        parts.add(PortalClient.Part.file("ktp", "ktp.jpg", Samples.jpeg()));
        parts.add(PortalClient.Part.file("kk", "kk.pdf", Samples.pdf("kk")));
        parts.add(PortalClient.Part.file("pengantar_rt_rw", "rt.png", Samples.png()));
        return parts;
    }

    private Receipt submitted() {
        ApplicantData phoneOnly = new ApplicantData(Samples.NIK, "Siti Hasibuan", "Jl. Merdeka No. 5", "003", "002",
                "Batunadua Julu", "Melamar pekerjaan", null, "0812-3456-7890");
        return applications.submit(new Submission("domisili", phoneOnly, Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE));
    }

    private void bind(Application application, long chat) {
        String token = token(links.create(application.id()).orElseThrow().url());
        assertThat(webhook(start(chat, token), configured.webhookSecret()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("t.me link in " + page).isTrue();
        return m.group(1);
    }

    private ResponseEntity<String> webhook(String update, String secret) {
        return http.postJson("/webhooks/telegram", update, h -> {
            if (secret != null) {
                h.set("X-Telegram-Bot-Api-Secret-Token", secret);
            }
        });
    }

    private static String start(long chat, String token) {
        return update(chat, "/start " + token);
    }

    private static String update(long chat, String text) {
        return """
                {"update_id":1,"message":{"message_id":5,"from":{"id":%d,"is_bot":false,"first_name":"Siti"},
                 "chat":{"id":%d,"type":"private"},"date":0,"text":"%s"}}""".formatted(chat, chat, text);
    }

    private long chats(long application) {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_chat WHERE application_id = ?").param(application)
                .query(Long.class).single();
    }

    private String lastReply(long chat) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE channel = 'TELEGRAM' AND recipient = ? "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param(String.valueOf(chat)).query(String.class).single();
    }

    private List<JsonNode> sentTexts() {
        return api.findAll(postRequestedFor(urlEqualTo(BOT + "/sendMessage"))).stream().map(r -> {
            try {
                return json.readTree(r.getBodyAsString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A message to chat 777 of no application; with a PDF, as the letter notice is. */
    private long queued(byte[] pdf) {
        transaction.executeWithoutResult(s -> outbox.add(TelegramNoticeChannel.TELEGRAM,
                new OutgoingMail("777", pdf == null ? null : "Surat nomor 1", "Kabar permohonan",
                        pdf == null ? null : "surat.pdf", pdf), null, clock.now()));
        return jdbc.sql("SELECT MAX(id) FROM outbox_message WHERE channel = 'TELEGRAM'").query(Long.class).single();
    }

    private void dueNow(long id) {
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE id = ?").params(clock.now().minusSeconds(1), id)
                .update();
    }

    private Map<String, Object> byId(long id) {
        return jdbc.sql("SELECT status, attempts, last_error, next_attempt_at FROM outbox_message WHERE id = ?")
                .param(id).query().singleRow();
    }

    /** A browser for the tracking forms: one session, the page's CSRF token sent back in the form body. */
    private final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String formPage, String path, String form) throws Exception {
            Matcher csrf = CSRF.matcher(get(formPage).body());
            assertThat(csrf.find()).as("CSRF token on " + formPage).isTrue();
            String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                    + (form.isEmpty() ? "" : "&" + form);
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String text(String page, String attribute) {
        int at = page.indexOf(attribute);
        assertThat(at).as(attribute).isNotNegative();
        int start = page.indexOf('>', at) + 1;
        return page.substring(start, page.indexOf('<', start)).strip();
    }
}
