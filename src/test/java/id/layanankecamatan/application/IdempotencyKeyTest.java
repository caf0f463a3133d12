package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Security review H1: an Idempotency-Key is the caller's, bound to the request it first came with, and lives
 * 24 hours. Someone else's key never reveals a registration number or tracking code.
 */
class IdempotencyKeyTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void someoneElsesKeyWithEmptyDataGetsTheOrdinaryValidationErrorsAndNothingElse() throws Exception {
        String key = "app-" + UUID.randomUUID();
        JsonNode victim = JSON.readTree(submit(key, victimsRequest()).getBody());
        Counts before = counts();

        ResponseEntity<String> attack = http.postMultipart("/api/v1/applications",
                new Http.Parts().text("service", "domisili").json("data", "{}").build(),
                h -> h.set("Idempotency-Key", key));

        assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(attack.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JSON.readTree(attack.getBody()).get("title").asText()).isEqualTo("Data permohonan belum benar");
        assertThat(attack.getBody()).doesNotContain(victim.get("registrationNumber").asText(),
                victim.get("trackingCode").asText(), "trackingCode", "registrationNumber");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void someoneElsesKeyWithAnotherValidRequestIsRefusedWith422AndStoresNothing() throws Exception {
        String key = "loket-" + UUID.randomUUID();
        JsonNode victim = JSON.readTree(submit(key, victimsRequest()).getBody());
        Counts before = counts();

        ResponseEntity<String> attack = submit(key, attackersRequest());

        assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(attack.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(attack.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Kunci idempotensi sudah dipakai");
        assertThat(problem.get("detail").asText()).contains("kunci baru");
        assertThat(attack.getBody()).doesNotContain(victim.get("registrationNumber").asText(),
                victim.get("trackingCode").asText(), "trackingCode", "registrationNumber");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theSameFilesUnderAnotherRequirementAreAnotherRequest() throws Exception {
        String key = "kiosk-" + UUID.randomUUID();
        submit(key, victimsRequest());
        Http.Parts swapped = new Http.Parts().text("service", "domisili")
                .json("data", Samples.domisiliData().toString())
                .file("ktp", "kk.pdf", Samples.pdf("kk")).file("kk", "ktp.jpg", Samples.jpeg())
                .file("pengantar_rt_rw", "rt.png", Samples.png());

        assertThat(submit(key, swapped).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aGenuineRetryGetsTheSameApplicationAndOnlyHashesAreKept() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        long before = counts().applications();
        ResponseEntity<String> first = submit(key, victimsRequest());
        ResponseEntity<String> retry = submit(key, victimsRequest());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JSON.readTree(retry.getBody())).isEqualTo(JSON.readTree(first.getBody()));
        assertThat(counts().applications()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE scope_hash = ?")
                .param(Hashes.sha256(("api:" + key).getBytes())).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE scope_hash LIKE ? OR request_hash LIKE ?")
                .params("%" + key + "%", "%" + key + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aKeyOlderThan24HoursCountsAsNewAndItsOldRowIsGone() throws Exception {
        String key = "old-" + UUID.randomUUID();
        JsonNode first = JSON.readTree(submit(key, victimsRequest()).getBody());
        String scope = Hashes.sha256(("api:" + key).getBytes());
        age(scope, 25);
        long before = counts().applications();

        ResponseEntity<String> again = submit(key, attackersRequest());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode second = JSON.readTree(again.getBody());
        assertThat(second.get("registrationNumber").asText()).isNotEqualTo(first.get("registrationNumber").asText());
        assertThat(counts().applications()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT a.registration_number FROM idempotency_key k JOIN application a ON a.id = k.application_id"
                + " WHERE k.scope_hash = ?").param(scope).query(String.class).single())
                .isEqualTo(second.get("registrationNumber").asText());
    }

    @Test
    void aKeyJustUnder24HoursOldStillHolds() throws Exception {
        String key = "young-" + UUID.randomUUID();
        submit(key, victimsRequest());
        age(Hashes.sha256(("api:" + key).getBytes()), 23);

        assertThat(submit(key, attackersRequest()).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void theCleanupDeletesExpiredKeysOnly() throws Exception {
        String oldKey = "cleanup-old-" + UUID.randomUUID();
        String newKey = "cleanup-new-" + UUID.randomUUID();
        submit(oldKey, victimsRequest());
        submit(newKey, victimsRequest());
        String oldScope = Hashes.sha256(("api:" + oldKey).getBytes());
        String newScope = Hashes.sha256(("api:" + newKey).getBytes());
        age(oldScope, 25);

        assertThat(keys.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE scope_hash = ?").param(oldScope)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE scope_hash = ?").param(newScope)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCleanupRunsOnASchedule() {
        assertThat(schedulers.stream().flatMap(s -> s.getScheduledTasks().stream())).anySatisfy(task ->
                assertThat(task.getTask().toString()).contains("IdempotencyKeys.deleteExpired"));
    }

    @Test
    void twoIdenticalRequestsRacingWithTheSameKeyMakeOneApplication() throws Exception {
        String key = "race-" + UUID.randomUUID();
        long before = counts().applications();
        long instances = processEngine.getHistoryService().createHistoricProcessInstanceQuery().count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<ResponseEntity<String>> request = () -> {
                start.await();
                return submit(key, victimsRequest());
            };
            List<Future<ResponseEntity<String>>> answers = List.of(pool.submit(request), pool.submit(request),
                    pool.submit(request), pool.submit(request));
            start.countDown();
            JsonNode first = null;
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                JsonNode body = JSON.readTree(response.getBody());
                if (first == null) {
                    first = body;
                }
                assertThat(body).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counts().applications()).isEqualTo(before + 1);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count())
                .isEqualTo(instances + 1);
    }

    private void age(String scopeHash, int hours) {
        assertThat(jdbc.sql("UPDATE idempotency_key SET created_at = created_at - make_interval(hours => ?)"
                + " WHERE scope_hash = ?").params(hours, scopeHash).update()).isEqualTo(1);
    }

    private ResponseEntity<String> submit(String key, Http.Parts parts) {
        return http.postMultipart("/api/v1/applications", parts.build(), h -> h.set("Idempotency-Key", key));
    }

    private static Http.Parts victimsRequest() throws Exception {
        return new Http.Parts().text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png());
    }

    private static Http.Parts attackersRequest() throws Exception {
        ObjectNode data = Samples.domisiliData();
        data.put("name", "Penyerang Contoh").put("email", "penyerang@example.com");
        return new Http.Parts().text("service", "domisili").json("data", data.toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk lain"))
                .file("pengantar_rt_rw", "rt.png", Samples.png());
    }

    private Counts counts() {
        return new Counts(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single(),
                processEngine.getHistoryService().createHistoricProcessInstanceQuery().count());
    }

    private record Counts(long applications, long attachments, long instances) {
    }
}
