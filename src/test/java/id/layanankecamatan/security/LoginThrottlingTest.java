package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, item 5: an anonymous client guessing passwords is stopped with 429 before the engine counts its
 * failures, and the account it attacked keeps working; citizen look-ups are limited the same way.
 */
class LoginThrottlingTest extends IntegrationTest {

    private static final String ATTACKER = "203.0.113.66";

    @Autowired
    ApplicationService applicationService;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ThrottleProperties limits;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void guessingTheCamatsPasswordIsStoppedAndTheCamatStillSigns() {
        Receipt receipt = applicationService.submit(Samples.submission(catalog.get("domisili")));
        String number = receipt.registrationNumber();
        Jobs.runDue(processEngine, number);
        Task verify = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
        tasks.complete(verify.getId(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Jobs.runDue(processEngine, number);

        int attempts = limits.loginFailures() + 5;
        int refused = 0;
        for (int i = 0; i < attempts; i++) {
            ResponseEntity<String> guess = http.get("/engine-rest/task", h -> {
                h.set("Authorization", Http.basic("camat", "tebakan-" + System.nanoTime()));
                h.set("X-Forwarded-For", ATTACKER);
            });
            if (guess.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                refused++;
                assertThat(guess.getHeaders().getFirst("Retry-After")).isNotBlank();
                assertThat(guess.getBody()).contains("Terlalu banyak percobaan masuk");
            } else {
                assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
        }
        assertThat(refused).isEqualTo(5);
        // the engine saw at most the allowed failures and keeps no lock on the account
        Map<String, Object> account = jdbc.sql("SELECT attempts_, lock_exp_time_ FROM act_id_user WHERE id_ = 'camat'")
                .query().singleRow();
        assertThat(((Number) account.get("attempts_")).intValue()).isLessThanOrEqualTo(limits.loginFailures());
        // even the right password is refused from the attacker's address while it waits
        assertThat(http.get("/engine-rest/task", h -> {
            h.set("Authorization", Http.basic("camat", "demo"));
            h.set("X-Forwarded-For", ATTACKER);
        }).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // the camat, from the office, signs at once (the draft initialled first)
        Parafs.giveAll(processEngine, number);
        Task sign = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_SIGN).singleResult();
        ResponseEntity<String> signed = http.postJson("/engine-rest/task/" + sign.getId() + "/complete",
                TaskCompletion.json(StaffDecision.SIGN), h -> {
                    h.set("Authorization", Http.basic("camat", "demo"));
                    h.set("X-Forwarded-For", "198.51.100.7");
                });
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("SELECT attempts_ FROM act_id_user WHERE id_ = 'camat'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void manyStaffRequestsAtOnceFromOneAddressAreNotMistakenForGuessing() throws Exception {
        // an office behind one address: more simultaneous signed-in requests than failed logins allowed
        int parallel = limits.loginFailures() * 3;
        assertThat(allAtOnce(parallel, () -> http.get("/engine-rest/task/count", h -> {
            h.set("Authorization", Http.basic("petugas", "demo"));
            h.set("X-Forwarded-For", "198.51.100.20");
        }).getStatusCode().value())).containsOnly(200);
        // and the address still has its whole allowance of failures
        for (int i = 0; i < limits.loginFailures(); i++) {
            assertThat(http.get("/engine-rest/task/count", h -> {
                h.set("Authorization", Http.basic("petugas", "keliru"));
                h.set("X-Forwarded-For", "198.51.100.20");
            }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void guessesSentAllAtOnceArePaidBackInWaiting() throws Exception {
        String attacker = "203.0.113.69";
        java.util.List<Integer> statuses = allAtOnce(limits.loginFailures() * 3,
                () -> http.get("/engine-rest/task/count", h -> {
                    h.set("Authorization", Http.basic("kasitrantib", "tebakan-" + System.nanoTime()));
                    h.set("X-Forwarded-For", attacker);
                }).getStatusCode().value());
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(401, 429));
        long checked = statuses.stream().filter(status -> status == 401).count();
        // every failure that got through is owed: each one past the limit adds its share of the window to the wait
        long secondsPerFailure = 15 * 60 / limits.loginFailures();
        ResponseEntity<String> next = http.get("/engine-rest/task/count", h -> {
            h.set("Authorization", Http.basic("kasitrantib", "demo"));
            h.set("X-Forwarded-For", attacker);
        });
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(next.getHeaders().getFirst("Retry-After")))
                .isGreaterThanOrEqualTo((checked - limits.loginFailures() + 1) * secondsPerFailure);
    }

    /** Sends {@code count} requests released at the same moment and returns their statuses. */
    private static java.util.List<Integer> allAtOnce(int count, java.util.concurrent.Callable<Integer> request)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTasklistLoginIsThrottledToo() throws Exception {
        int unauthorized = 0;
        int throttled = 0;
        for (int i = 0; i < limits.loginFailures() + 2; i++) {
            int status = tasklistLogin("sekcam", "salah" + i, "203.0.113.67");
            if (status == 429) {
                throttled++;
            } else {
                assertThat(status).isEqualTo(401);
                unauthorized++;
            }
        }
        assertThat(unauthorized).isEqualTo(limits.loginFailures());
        assertThat(throttled).isEqualTo(2);
        // the real sekcam logs in from elsewhere
        assertThat(tasklistLogin("sekcam", "demo", "198.51.100.8")).isEqualTo(200);
    }

    /** Logs in as Tasklist does: the webapp's own CSRF token from its start page, then the login form. */
    private int tasklistLogin(String user, String password, String from) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        java.net.http.HttpResponse<String> start = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/camunda/app/tasklist/default/")).header("X-Forwarded-For", from).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String token = start.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        java.net.http.HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-Forwarded-For", from).header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return login.statusCode();
    }

    @Test
    void guessingTrackingCodesIsStopped() {
        Receipt receipt = applicationService.submit(Samples.submission(catalog.get("domisili")));
        String path = "/api/v1/applications/" + receipt.registrationNumber();
        int throttled = 0;
        for (int i = 0; i < limits.lookupMisses() + 3; i++) {
            ResponseEntity<String> guess = http.get(path, h -> {
                h.set("X-Tracking-Code", "SALAH" + System.nanoTime());
                h.set("X-Forwarded-For", "203.0.113.68");
            });
            if (guess.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                throttled++;
                assertThat(guess.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            } else {
                assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            }
        }
        assertThat(throttled).isEqualTo(3);
        // a citizen with the right code, elsewhere, is served
        assertThat(http.get(path, h -> {
            h.set("X-Tracking-Code", receipt.trackingCode());
            h.set("X-Forwarded-For", "198.51.100.9");
        }).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
