package id.layanankecamatan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, observability: the probes answer anyone with UP/DOWN and nothing more, the Prometheus scrape needs an
 * account of the monitoring group (or an administrator) and shows the meters of a whole application's way without
 * a trace of the person, and no other actuator endpoint answers.
 */
class ActuatorEndpointsTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRAPER = "prometheus";
    private static final String SCRAPER_PASSWORD = "scrape-only-Secret-2026";

    @Autowired
    IdentityService identity;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        // as an operator sets it up in Camunda Admin: a user in the monitoring group and nothing else
        if (identity.createUserQuery().userId(SCRAPER).count() == 0) {
            User user = identity.newUser(SCRAPER);
            user.setPassword(SCRAPER_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(SCRAPER, StaffGroups.MONITORING);
        }
    }

    @Test
    void healthAndItsProbesAnswerAnyoneUpWithoutDetailsAndStaffSeeTheComponents() throws Exception {
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            ResponseEntity<String> anonymous = http.get(probe, h -> { });
            assertThat(anonymous.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
            JsonNode body = JSON.readTree(anonymous.getBody());
            assertThat(body.get("status").asText()).as(probe).isEqualTo("UP");
            assertThat(body.has("components")).as(probe).isFalse();
            assertThat(anonymous.getBody()).doesNotContain("jdbc", "PostgreSQL", "jobExecutor");
        }

        JsonNode staff = JSON.readTree(http.get("/actuator/health/readiness", basic("admin", "demo")).getBody());
        assertThat(staff.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(staff.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
        // the tests run without a job executor (application-test.yaml): a node configured so is still ready
        assertThat(staff.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(staff.at("/components/jobExecutor/details/enabled").asBoolean()).isFalse();
        assertThat(staff.at("/components/jobExecutor/details/jobsDue").isNumber()).isTrue();
        // liveness does not hang on the database: a database that is down is no reason to restart the node
        JsonNode liveness = JSON.readTree(http.get("/actuator/health/liveness", basic("admin", "demo")).getBody());
        assertThat(liveness.get("components").has("db")).isFalse();
    }

    @Test
    void thePrometheusScrapeRefusesAnonymousCallersAndStaffOutsideTheMonitoringGroup() {
        ResponseEntity<String> anonymous = http.get("/actuator/prometheus", h -> { });
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getBody()).doesNotContain("layanan_", "jvm_");
        assertThat(http.get("/actuator/prometheus", basic(SCRAPER, "wrong-password")).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get("/actuator/prometheus", basic("petugas", "demo")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("/actuator/prometheus", basic("admin", "demo")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.get("/actuator/info", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get("/actuator/info", basic(SCRAPER, SCRAPER_PASSWORD)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aScrapeAfterOneApplicationShowsTheMetersOfItsWholeWayAndNothingOfThePerson() throws Exception {
        // given one application submitted through the citizen API, accepted, signed and its mails delivered
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        StaffWork.verified(processEngine, number);
        StaffWork.complete(processEngine, number, ProcessIds.TASK_SIGN, "camat",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        receivedMails();
        String trackingCode = receipt.get("trackingCode").asText();
        assertThat(http.get("/api/v1/applications/" + number, h -> h.set("X-Tracking-Code", trackingCode))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // when Prometheus scrapes with its own account
        ResponseEntity<String> scrape = http.get("/actuator/prometheus", basic(SCRAPER, SCRAPER_PASSWORD));

        // then the meters are there, tagged with the service at most
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(scrape.getHeaders().containsKey(HttpHeaders.SET_COOKIE)).as("no session for a scraper").isFalse();
        String metrics = scrape.getBody();
        assertThat(value(metrics, "layanan_submission_seconds_count{outcome=\"ok\",service=\"domisili\"}"))
                .isPositive();
        assertThat(value(metrics, "layanan_letter_issue_seconds_count{outcome=\"ok\",service=\"domisili\"}"))
                .isPositive();
        assertThat(value(metrics, "layanan_outbox_delivery_seconds_count{outcome=\"sent\"}")).isPositive();
        assertThat(value(metrics, "layanan_outbox_pending")).isNotNegative();
        assertThat(value(metrics, "layanan_outbox_failed")).isNotNegative();
        assertThat(value(metrics, "layanan_jobs_due")).isNotNegative();
        // the engine's own counters: this application started a process and ran activities
        assertThat(value(metrics, "camunda_root_process_instance_start_total")).isPositive();
        assertThat(value(metrics, "camunda_activity_instance_start_total")).isPositive();
        assertThat(metrics).contains("camunda_job_successful_total", "camunda_job_failed_total");
        // and nothing that names the person or the application
        assertThat(metrics).doesNotContain(Samples.NIK, Samples.applicant().name(), "Hasibuan",
                Samples.applicant().email(), number, trackingCode);
        assertThat(metrics).contains("uri=\"/api/v1/applications/{registrationNumber}\"");
        // each request is timed once, not once more per security filter, authentication and decision
        assertThat(metrics).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_filterchains", "spring_security_authentications",
                        "spring_security_authorizations");
    }

    @Test
    void aRefusedSubmissionIsCountedAsInvalidUnderItsServiceOrUnknown() {
        http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "domisili").json("data", "{}")
                .build(), h -> { });
        http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "no-such-" + Samples.NIK)
                .json("data", "{}").build(), h -> { });

        String metrics = http.get("/actuator/prometheus", basic("admin", "demo")).getBody();
        assertThat(value(metrics, "layanan_submission_seconds_count{outcome=\"invalid\",service=\"domisili\"}"))
                .isPositive();
        assertThat(value(metrics, "layanan_submission_seconds_count{outcome=\"invalid\",service=\"unknown\"}"))
                .isPositive();
        assertThat(metrics).doesNotContain("no-such-");
    }

    @Test
    void noOtherActuatorEndpointAnswers() {
        for (String endpoint : List.of("", "/env", "/beans", "/heapdump", "/threaddump", "/configprops", "/loggers",
                "/mappings", "/metrics", "/conditions", "/scheduledtasks", "/caches", "/sessions", "/shutdown")) {
            String path = "/actuator" + endpoint;
            assertThat(http.get(path, h -> { }).getStatusCode().value()).as("anonymous " + path).isIn(401, 404);
            assertThat(http.get(path, basic("admin", "demo")).getStatusCode().value()).as("admin " + path)
                    .isIn(403, 404);
        }
        assertThat(http.postJson("/actuator/shutdown", "{}", basic("admin", "demo")).getStatusCode().value())
                .isIn(403, 404);
    }

    /** The value of one sample line, e.g. {@code layanan_jobs_due 3.0}; fails when the line is missing. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static Consumer<HttpHeaders> basic(String user, String password) {
        return h -> h.setBasicAuth(user, password);
    }
}
