package id.layanankecamatan.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.layanankecamatan.support.AppNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.SlowSmtp;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10: the application killed with SIGKILL while 100 applications are in flight (citizens submitting,
 * officers verifying, the camat signing, mails going out), then started again. Nothing acknowledged is lost,
 * nothing is done twice, the register has no gap, and the jobs the dead node had locked run within a minute of
 * the restart instead of after their five-minute lock.
 * <p>
 * The node is a JVM of its own on an embedded PostgreSQL; mail goes to GreenMail through a relay that makes every
 * SMTP connection wait 300 ms, as a remote server does, so that mail jobs are certainly running when the kill
 * comes. WhatsApp goes to WireMock standing in for the Cloud API, each answer 100 ms late (issue 14: the phone
 * channel's outbox is held to the same promise).
 */
class CrashRecoveryTest {

    private static final String NODE = "crash-node";
    private static final String PHONE_ID = "109876543210";
    private static final int APPLICATIONS = 100;
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(60);
    private static final Map<String, Pattern> MAILS = Map.of(
            "receipt", Pattern.compile("Permohonan (\\S+) diterima"),
            "letter", Pattern.compile("Surat untuk permohonan (\\S+) telah terbit"));

    private static EmbeddedPostgres postgres;
    private static GreenMail mail;
    private static SlowSmtp slowSmtp;
    private static WireMockServer whatsApp;
    private static AppNode node;
    private static JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicBoolean staffAtWork = new AtomicBoolean(true);

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        slowSmtp = new SlowSmtp(mail.getSmtp().getPort(), Duration.ofMillis(300));
        whatsApp = new WireMockServer(options().dynamicPort());
        whatsApp.start();
        whatsApp.stubFor(post(urlMatching("/v21.0/" + PHONE_ID + "/(messages|media)")).willReturn(
                okJson("{\"id\":\"MEDIA\",\"messages\":[{\"id\":\"wamid.CRASH\"}]}").withFixedDelay(100)));
        node = AppNode.on(NODE, postgres.getJdbcUrl("postgres", "postgres")).smtp(slowSmtp.port()).port(freePort())
                .env("WHATSAPP_TOKEN", "crash-token").env("WHATSAPP_PHONE_NUMBER_ID", PHONE_ID)
                .env("WHATSAPP_API_BASE", whatsApp.baseUrl() + "/v21.0")
                .build();
    }

    @AfterAll
    static void stopServers() throws IOException {
        if (node != null) {
            node.kill();
        }
        if (slowSmtp != null) {
            slowSmtp.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (whatsApp != null) {
            whatsApp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKilledNodeLosesNothingDoublesNothingAndItsLockedJobsRunWithinAMinuteOfTheRestart() throws Exception {
        node.start();
        Http http = new Http(node.baseUrl());
        ExecutorService citizens = Executors.newFixedThreadPool(4);
        ExecutorService staff = Executors.newFixedThreadPool(8);
        Map<String, Instant> lockedAtKill;
        try {
            // given citizens submitting, officers verifying and the camat signing, all at once
            for (int i = 0; i < APPLICATIONS; i++) {
                int application = i;
                citizens.execute(() -> {
                    pause(Duration.ofMillis(150L * (application / 4)));
                    submit(http, application);
                });
            }
            for (int worker = 0; worker < 2; worker++) {
                int share = worker;
                staff.execute(() -> work(http, "petugas", ProcessIds.TASK_VERIFY, StaffDecision.ACCEPT, share));
                // the draft initialled by the kepala seksi pemerintahan, then the sekcam, before the camat signs
                staff.execute(() -> work(http, "kasipem", ProcessIds.TASK_PARAF, StaffDecision.PARAF, share));
                staff.execute(() -> work(http, "sekcam", ProcessIds.TASK_PARAF, StaffDecision.PARAF, share));
                staff.execute(() -> work(http, "camat", ProcessIds.TASK_SIGN, StaffDecision.SIGN, share));
            }

            // when the node is killed while jobs are running and letters being issued
            waitFor(Duration.ofSeconds(120), () -> acknowledged.size() >= 40 && lettersIssued() >= 5
                    && lockedJobs().size() >= 2, "applications, letters and running jobs before the kill");
            node.kill();
            lockedAtKill = lockedJobs();
            List<String> dueAtKill = dueAsynchronousSteps();
            int acknowledgedAtKill = acknowledged.size();
            long lettersAtKill = lettersIssued();
            assertThat(lockedAtKill).as("jobs the dead node had locked").isNotEmpty();
            assertThat(lockedAtKill.values()).as("their locks would hold for minutes")
                    .allSatisfy(expiry -> assertThat(expiry).isAfter(Instant.now().plusSeconds(120)));

            // then, after the restart, the jobs it had locked run within a minute
            Instant restart = Instant.now();
            node.start();
            Instant up = Instant.now();
            Set<String> locked = lockedAtKill.keySet();
            waitFor(RECOVERY_BOUND, () -> remaining(dueAtKill).isEmpty(), "");
            Duration recovered = Duration.between(up, Instant.now());
            assertThat(remaining(locked))
                    .as("jobs locked by the killed node still waiting %s after the restart (see %s)", RECOVERY_BOUND,
                            node.log())
                    .isEmpty();
            assertThat(remaining(dueAtKill)).as("asynchronous steps due at the kill still waiting %s after the restart",
                    RECOVERY_BOUND).isEmpty();
            System.out.printf("crash: %d acknowledged, %d letters, %d of %d due jobs locked at the kill; node up %d s "
                            + "after the restart command, those jobs done %d s later%n", acknowledgedAtKill,
                    lettersAtKill, lockedAtKill.size(), dueAtKill.size(), Duration.between(restart, up).toSeconds(),
                    recovered.toSeconds());

            // and every application reaches its letter: the unanswered submissions are sent again with their keys
            for (int i = 0; i < APPLICATIONS; i++) {
                int application = i;
                if (!acknowledged.containsKey(application)) {
                    citizens.execute(() -> {
                        while (!acknowledged.containsKey(application) && !Thread.currentThread().isInterrupted()) {
                            submit(http, application);
                        }
                    });
                }
            }
            waitFor(Duration.ofSeconds(150), () -> acknowledged.size() == APPLICATIONS && lettersIssued() == APPLICATIONS
                    && runningProcessInstances() == 0 && undelivered() == 0,
                    "every application issued, every process ended and the outbox delivered");
        } finally {
            staffAtWork.set(false);
            citizens.shutdownNow();
            staff.shutdownNow();
            citizens.awaitTermination(10, TimeUnit.SECONDS);
            staff.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertNothingLostNothingDoubled();

        // a graceful stop leaves no heartbeat behind for the other nodes to wait out
        assertThat(heartbeats()).as("heartbeat of the running node").containsExactly(NODE);
        node.stop();
        assertThat(heartbeats()).isEmpty();
    }

    private static List<String> heartbeats() {
        return jdbc.sql("SELECT node_id FROM node_heartbeat").query(String.class).list();
    }

    private void assertNothingLostNothingDoubled() throws MessagingException, IOException {
        // nothing lost: every acknowledged application is issued, and one application per request
        Map<String, String> status = jdbc.sql("SELECT registration_number, status FROM application")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(status).hasSize(APPLICATIONS);
        assertThat(acknowledged.values()).allSatisfy(number -> assertThat(status).containsEntry(number, "ISSUED"));
        assertThat(Set.copyOf(acknowledged.values())).hasSize(APPLICATIONS);

        // the registers have no gap and no number twice
        assertThat(status.keySet().stream().map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).sorted())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, APPLICATIONS).boxed().toList());
        List<String> letterNumbers = jdbc.sql("SELECT letter_number FROM letter").query(String.class).list();
        assertThat(letterNumbers.stream().map(n -> Long.parseLong(n.split("/")[1])).sorted())
                .as("letter register numbers %s", letterNumbers)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, APPLICATIONS).boxed().toList());
        assertThat(jdbc.sql("SELECT last_value FROM counter WHERE name LIKE 'letter-%'").query(Long.class).list())
                .containsExactly((long) APPLICATIONS);

        // each applicant got each message once. Mail leaves through the outbox, one message per transaction: a node
        // killed after the server accepted a message and before its mark was committed sends that one again after
        // the restart, with the same Message-ID (the outbox row's), so mail programs show one
        Map<String, List<String>> deliveries = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (Map.Entry<String, Pattern> kind : MAILS.entrySet()) {
                Matcher subject = kind.getValue().matcher(message.getSubject());
                if (subject.matches()) {
                    deliveries.computeIfAbsent(kind.getKey() + " " + subject.group(1), k -> new ArrayList<>())
                            .add(message.getMessageID());
                }
            }
        }
        List<String> expected = status.keySet().stream()
                .flatMap(number -> MAILS.keySet().stream().map(kind -> kind + " " + number)).toList();
        assertThat(deliveries).as("one receipt and one letter by mail per application")
                .containsOnlyKeys(expected)
                .allSatisfy((mail, ids) -> assertThat(Set.copyOf(ids)).as(mail).hasSize(1));
        Map<String, List<String>> sentAgain = deliveries.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(sentAgain).as("mails delivered twice: at most the one in flight at the kill").hasSizeLessThanOrEqualTo(1);
        assertThat(sentAgain.values()).allSatisfy(ids -> assertThat(ids).hasSize(2));
        System.out.printf("crash: %d mail(s) delivered a second time with the same Message-ID: %s%n", sentAgain.size(),
                sentAgain.keySet());

        // and on WhatsApp: each applicant's receipt and letter templates went out, at most the one in flight twice
        Map<String, Integer> templates = new TreeMap<>();
        for (LoggedRequest request : whatsApp.findAll(postRequestedFor(urlEqualTo("/v21.0/" + PHONE_ID + "/messages")))) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if ("template".equals(body.path("type").asText())) {
                templates.merge(body.path("template").path("name").asText() + " " + body.path("to").asText(), 1,
                        Integer::sum);
            }
        }
        List<String> expectedTemplates = java.util.stream.IntStream.range(0, APPLICATIONS).boxed()
                .flatMap(a -> Stream.of("layanan_diterima ", "layanan_surat_terbit ")
                        .map(t -> t + "62" + phone(a).substring(1))).toList();
        assertThat(templates).as("one receipt and one letter on WhatsApp per applicant")
                .containsOnlyKeys(expectedTemplates);
        assertThat(templates.values().stream().filter(n -> n > 1).count())
                .as("WhatsApp messages sent twice: at most the one in flight at the kill").isLessThanOrEqualTo(1);
        assertThat(templates.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Long.class).single()).isZero();
    }

    private void submit(Http http, int application) {
        try {
            ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", new Http.Parts()
                    .text("service", "domisili")
                    .json("data", Samples.domisiliData().put("phone", phone(application)).toString())
                    .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                    .file("pengantar_rt_rw", "rt.png", Samples.png()).build(),
                    h -> h.set("Idempotency-Key", "crash-test-" + application));
            if (answer.getStatusCode() == HttpStatus.CREATED) {
                acknowledged.put(application, json.readTree(answer.getBody()).get("registrationNumber").asText());
            }
        } catch (Exception nodeDown) {
            // no answer: not acknowledged; the citizen sends it again later with the same key
            pause(Duration.ofMillis(500));
        }
    }

    /** Each applicant a number of their own: one citizen's messages go in order, different citizens' side by side. */
    private static String phone(int application) {
        return "08123%06d".formatted(application);
    }

    /**
     * One of two members of staff at Tasklist: completes their share of the tasks of one kind with one decision
     * (each task has one owner, as when staff split the list, so they do not race for the same task).
     */
    private void work(Http http, String user, String taskKey, String decision, int share) {
        while (staffAtWork.get()) {
            try {
                ResponseEntity<String> tasks = http.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                        + "&maxResults=10", h -> h.set("Authorization", basic(user, "demo")));
                for (JsonNode task : json.readTree(tasks.getBody())) {
                    String id = task.get("id").asText();
                    if (Math.floorMod(id.hashCode(), 2) != share) {
                        continue;
                    }
                    http.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}",
                            h -> h.set("Authorization", basic(user, "demo")));
                    http.postJson("/engine-rest/task/" + id + "/complete",
                            TaskCompletion.json(decision),
                            h -> h.set("Authorization", basic(user, "demo")));
                }
                pause(Duration.ofMillis(200));
            } catch (Exception nodeDown) {
                pause(Duration.ofMillis(500));
            }
        }
    }

    private static long undelivered() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'").query(Long.class).single();
    }

    /** Job id and lock expiry of the locked jobs: the one node's, whatever lock owner it uses. */
    private static Map<String, Instant> lockedJobs() {
        return jdbc.sql("SELECT ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The mails waiting to go (asynchronous continuations), locked or not. */
    private static List<String> dueAsynchronousSteps() {
        return jdbc.sql("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'async-continuation' AND RETRIES_ > 0")
                .query(String.class).list();
    }

    /** Which of these jobs still wait, with their lock. */
    private static List<String> remaining(Collection<String> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT ID_ || ' owner=' || COALESCE(LOCK_OWNER_, '-') || ' lock until '"
                        + " || COALESCE(CAST(LOCK_EXP_TIME_ AS VARCHAR), '-') FROM ACT_RU_JOB WHERE ID_ IN (:ids)")
                .param("ids", jobIds).query(String.class).list();
    }

    private static String progress() {
        return "applications by status " + jdbc.sql("SELECT status, COUNT(*) FROM application GROUP BY status")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list()
                + ", jobs " + jdbc.sql("SELECT HANDLER_TYPE_ || CASE WHEN RETRIES_ = 0 THEN ' failed'"
                        + " WHEN LOCK_OWNER_ IS NOT NULL THEN ' locked' WHEN DUEDATE_ > now() THEN ' later' ELSE ' due' END"
                        + " FROM ACT_RU_JOB")
                .query(String.class).list().stream().collect(Collectors.groupingBy(j -> j, TreeMap::new,
                        Collectors.counting()))
                + ", tasks " + jdbc.sql("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list();
    }

    private static long lettersIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single();
    }

    private static long runningProcessInstances() {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL").query(Long.class).single();
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(timeout);
        Instant report = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(report)) {
                System.out.println("crash test: " + progress());
                report = Instant.now().plusSeconds(10);
            }
            if (Instant.now().isAfter(deadline)) {
                if (!what.isEmpty()) {
                    throw new AssertionError("not reached within " + timeout + ": " + what + "; " + progress()
                            + " (see " + node.log() + ")");
                }
                return;
            }
            pause(Duration.ofMillis(20));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
