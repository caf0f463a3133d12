package id.layanankecamatan.operations;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.support.WebappLogin;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.AppNode;
import id.layanankecamatan.support.Browserless;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessElements.SlaTimer;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10: two identical nodes on one PostgreSQL, as a city scales out. Requests alternate between the nodes as a
 * load balancer without sticky sessions would send them; both nodes' job executors race for the same timers and
 * notifications. Everything must happen exactly once: each notice, each escalation, each register number.
 */
class TwoNodeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int APPLICATIONS = 12;

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static AppNode nodeA;
    private static AppNode nodeB;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void twoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        // what nodes share besides the database: the office's signing key and letter templates (README: topology)
        Path shared = Path.of("target", "nodes", "two-node-shared").toAbsolutePath();
        nodeA = node("node-a", url, shared).start();
        nodeB = node("node-b", url, shared).start();
    }

    private static AppNode node(String name, String url, Path shared) {
        return AppNode.on(name, url).smtp(smtp.getSmtp().getPort())
                .env("SIGNING_KEYSTORE", shared.resolve("office-signing.p12").toString())
                .env("SIGNER_KEYSTORE_DIR", shared.toString())
                .env("LETTER_TEMPLATE_DIR", shared.resolve("letters").toString())
                // the engine's job log names the node that ran each job
                .property("camunda.bpm.generic-properties.properties.hostname", name)
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void lifecyclesSpreadOverBothNodesFireEveryDeadlineAndNumberEveryLetterExactlyOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            numbers.add(submit(node(i)));
        }
        waitFor("a receipt for every application", () -> numbers.stream().allMatch(n -> mails(n, "diterima") >= 1));

        // every step's deadline passes at once: the reminder and both escalations are due on both nodes
        // the verification deadline passes for every application at once: both job executors race for the timers;
        // first the reminder (75 %) and the escalation to the sekcam (the deadline) ...
        moveTimers(numbers, List.of(SlaTimer.REMINDER.on(ProcessIds.TASK_VERIFY),
                SlaTimer.DUE.on(ProcessIds.TASK_VERIFY)));
        waitFor("the reminder and the sekcam's escalation of every application", () -> numbers.stream()
                .allMatch(n -> mails(n, "Pengingat:") >= 1
                        && recipients(n, "Terlambat:").contains("sekcam@kecamatan.example.go.id")),
                () -> stateOf(numbers.get(0)) + "\n" + stateOf(numbers.get(1)));
        // ... then, a working day later, the escalation to the camat
        moveTimers(numbers, List.of(SlaTimer.OVERDUE.on(ProcessIds.TASK_VERIFY)));
        waitFor("the camat's escalation of every application", () -> numbers.stream()
                .allMatch(n -> recipients(n, "Terlambat:").contains("camat@kecamatan.example.go.id")),
                () -> stateOf(numbers.get(0)) + "\n" + stateOf(numbers.get(1)));

        // the officer and the camat work on whichever node the balancer gives them
        for (int i = 0; i < APPLICATIONS; i++) {
            completeTask(node(i), "petugas", numbers.get(i), StaffDecision.ACCEPT);
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            // the draft initialled by the kepala seksi pemerintahan, then the sekcam, before the camat signs
            completeTask(node(i), "kasipem", numbers.get(i), StaffDecision.PARAF);
            completeTask(node(i + 1), "sekcam", numbers.get(i), StaffDecision.PARAF);
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            completeTask(node(i + 1), "camat", numbers.get(i), StaffDecision.SIGN);
        }
        waitFor("every letter issued and mailed", () -> numbers.stream().allMatch(n -> mails(n, "telah terbit") >= 1));
        // whatever was late to arrive has arrived
        Thread.sleep(3000);

        for (String number : numbers) {
            // each notice reached each of its recipients once (a group's members each get their own mail)
            for (String notice : List.of("diterima", "Pengingat:", "Terlambat:", "telah terbit")) {
                List<String> recipients = recipients(number, notice);
                assertThat(recipients).as(number + " " + notice).isNotEmpty().doesNotHaveDuplicates();
            }
            assertThat(recipients(number, "Pengingat:")).contains("petugas@kecamatan.example.go.id");
            assertThat(recipients(number, "diterima")).containsExactly("siti@example.com");
            assertThat(recipients(number, "telah terbit")).containsExactly("siti@example.com");
        }
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            List<Integer> sequences = new ArrayList<>();
            try (ResultSet letters = sql.executeQuery("SELECT letter_number FROM letter ORDER BY letter_number")) {
                while (letters.next()) {
                    sequences.add(Integer.parseInt(letters.getString(1).split("/")[1]));
                }
            }
            assertThat(sequences).hasSize(APPLICATIONS).doesNotHaveDuplicates();
            assertThat(sequences.stream().sorted().toList()).as("consecutive, from 1")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, APPLICATIONS).boxed().toList());
            try (ResultSet breaches = sql.executeQuery(
                    "SELECT COUNT(*) FROM sla_step WHERE breached_at IS NOT NULL AND registration_number IN ("
                            + String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")")) {
                breaches.next();
                assertThat(breaches.getInt(1)).as("one breach per verification step").isEqualTo(APPLICATIONS);
            }
            // both job executors did work: the load was shared, not merely survived
            try (ResultSet hosts = sql.executeQuery(
                    "SELECT DISTINCT hostname_ FROM act_hi_job_log WHERE job_def_type_ IS NOT NULL")) {
                List<String> seen = new ArrayList<>();
                while (hosts.next()) {
                    seen.add(hosts.getString(1));
                }
                assertThat(seen).contains("node-a", "node-b");
            }
        }
    }

    @Test
    void aCitizenAndAnOfficerKeepTheirSessionsWhenRequestsAlternateNodes() throws Exception {
        Http api = http(nodeA);
        ResponseEntity<String> created = api.postMultipart("/api/v1/applications", parts(), h -> { });
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        String code = receipt.get("trackingCode").asText();

        // the citizen unlocks the application on node A ...
        Browserless onA = new Browserless(nodeA.baseUrl());
        Map<String, String> form = Browserless.hiddenFields(onA.get("/lacak").body());
        form.put("nomor", number);
        form.put("kode", code);
        HttpResponse<String> unlocked = onA.postForm("/lacak", form);
        assertThat(unlocked.statusCode()).isEqualTo(302);
        // ... reads it on node B with the same cookie ...
        Browserless onB = new Browserless(nodeB.baseUrl());
        onB.useSession(onA.session().orElseThrow());
        HttpResponse<String> status = onB.get("/lacak/" + number);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains(number);
        // ... and withdraws it on node A with the form node B rendered (its CSRF token lives in the shared session)
        HttpResponse<String> withdrawn = onA.postForm("/lacak/" + number + "/batal",
                Browserless.hiddenFields(status.body()));
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(onB.get("/lacak/" + number).body()).contains("Dibatalkan");

        // an officer logged in to Tasklist on node A opens the applicant's page on node B
        String session = WebappLogin.session(http(nodeA), "petugas");
        Http onNodeB = http(nodeB);
        ResponseEntity<String> tasks = onNodeB.get("/camunda/api/engine/engine/default/task/count",
                h -> h.set("Cookie", session));
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> page = onNodeB.get("/staff/akses-data", h -> h.set("Cookie", session));
        assertThat(page.getStatusCode()).as("petugas is not camat: refused, but recognised").isIn(HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND);
        assertThat(onNodeB.get("/staff/surat", h -> h.set("Cookie", session)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(onNodeB.get("/staff/surat", h -> { }).getStatusCode()).isNotEqualTo(HttpStatus.OK);
    }

    private static AppNode node(int i) {
        return i % 2 == 0 ? nodeA : nodeB;
    }

    private static Http http(AppNode node) {
        return new Http(node.baseUrl());
    }

    private static org.springframework.util.MultiValueMap<String, Object> parts() throws Exception {
        return new Http.Parts().text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build();
    }

    private static String submit(AppNode node) throws Exception {
        ResponseEntity<String> created = http(node).postMultipart("/api/v1/applications", parts(), h -> { });
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(created.getBody()).get("registrationNumber").asText();
    }

    /** Makes those timers of each application's verification step due now, through either node's engine REST. */
    private static void moveTimers(List<String> numbers, List<String> activities) throws Exception {
        for (int i = 0; i < numbers.size(); i++) {
            AppNode node = node(i);
            String number = numbers.get(i);
            waitFor("the verification timers of " + number, () -> timers(node, number).keySet().containsAll(activities));
            Map<String, String> timers = timers(node, number);
            for (String activity : activities) {
                ResponseEntity<String> moved = http(node(i + 1)).putJson("/engine-rest/job/" + timers.get(activity)
                                + "/duedate", "{\"duedate\":\"2020-01-01T08:00:00.000+0000\"}",
                        h -> h.set("Authorization", basic("admin", "demo")));
                assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            }
        }
    }

    /** The timers of the application's open verification step (the shared step its process called), by activity. */
    private static Map<String, String> timers(AppNode node, String number) {
        Map<String, String> jobs = new java.util.HashMap<>();
        Http http = http(node);
        for (JsonNode instance : read(http.get("/engine-rest/process-instance?businessKey=" + number,
                h -> h.set("Authorization", basic("admin", "demo"))).getBody())) {
            JsonNode timers = read(http.get("/engine-rest/job?timers=true&processInstanceId="
                    + instance.get("id").asText(), h -> h.set("Authorization", basic("admin", "demo"))).getBody());
            for (JsonNode timer : timers) {
                JsonNode definition = read(http.get("/engine-rest/job-definition/" + timer.get("jobDefinitionId").asText(),
                        h -> h.set("Authorization", basic("admin", "demo"))).getBody());
                jobs.put(definition.get("activityId").asText(), timer.get("id").asText());
            }
        }
        return jobs;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void completeTask(AppNode node, String user, String number, String decision) throws Exception {
        Http http = http(node);
        String[] task = new String[1];
        waitFor(user + "'s task for " + number, () -> {
            try {
                JsonNode tasks = JSON.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + number,
                        h -> h.set("Authorization", basic(user, "demo"))).getBody());
                task[0] = tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
                return task[0] != null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(http.postJson("/engine-rest/task/" + task[0] + "/claim", "{\"userId\":\"" + user + "\"}",
                h -> h.set("Authorization", basic(user, "demo"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = http.postJson("/engine-rest/task/" + task[0] + "/complete",
                TaskCompletion.json(decision),
                h -> h.set("Authorization", basic(user, "demo")));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
    }

    private static long mails(String number, String subjectPart) {
        return recipients(number, subjectPart).size();
    }

    /** The recipient of every mail about that application with that subject, once per mail received. */
    private static List<String> recipients(String number, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.subject(m).contains(number) && Mails.subject(m).contains(subjectPart))
                .map(Mails::recipient).toList();
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        waitFor(what, condition, () -> "");
    }

    private static void waitFor(String what, BooleanSupplier condition, java.util.function.Supplier<String> state)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what + "; logs: " + nodeA.log() + ", "
                        + nodeB.log() + "\n" + state.get());
            }
            Thread.sleep(250);
        }
    }

    /** What the mail server received about an application, and its jobs as the engine sees them. */
    private static String stateOf(String number) {
        StringBuilder state = new StringBuilder(number + " mails: ");
        Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.subject(m).contains(number))
                .forEach(m -> state.append(Mails.recipient(m)).append(" '").append(Mails.subject(m)).append("'; "));
        Http http = http(nodeA);
        for (JsonNode instance : read(http.get("/engine-rest/process-instance?businessKey=" + number,
                h -> h.set("Authorization", basic("admin", "demo"))).getBody())) {
            state.append("\njobs: ").append(http.get("/engine-rest/job?processInstanceId=" + instance.get("id").asText(),
                    h -> h.set("Authorization", basic("admin", "demo"))).getBody());
        }
        return state.toString();
    }
}
