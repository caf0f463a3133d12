package id.layanankecamatan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.AppNode;
import id.layanankecamatan.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13: readiness follows the database. The application runs as an operator runs it (a JVM of its own, job
 * executor on) on a PostgreSQL server of this test alone, which the test stops and starts again on the same data
 * directory and port: the probes say DOWN with 503 while it is stopped, without a word of what failed, and UP
 * again once it is back. Liveness stays UP throughout (restarting the node would not bring the database back).
 */
class HealthWhenTheDatabaseStopsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path DATA = Path.of("target", "nodes", "health-db-data").toAbsolutePath();

    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static AppNode node;

    @BeforeAll
    static void start() throws IOException {
        deleteRecursively(DATA);
        databasePort = freePort();
        postgres = startDatabase();
        node = AppNode.on("health-node", postgres.getJdbcUrl("postgres", "postgres"))
                // a borrower waits this long for a connection (30 s by default) before the health answer says DOWN
                .property("spring.datasource.hikari.connection-timeout", "2000")
                .build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null) {
            node.kill();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theProbesSayDownWith503WhileTheDatabaseIsStoppedAndUpWhenItIsBack() throws IOException {
        Http http = new Http(node.baseUrl());
        assertThat(status(http, "/actuator/health/readiness")).isEqualTo(200);
        assertThat(http.get("/actuator/health", h -> { }).getBody()).contains("\"status\":\"UP\"");
        // the node's job executor runs: readiness counts it, and staff see it active
        assertThat(http.get("/actuator/health/readiness", h -> h.setBasicAuth("admin", "demo")).getBody())
                .contains("\"jobExecutor\":{\"status\":\"UP\"", "\"active\":true");

        postgres.close();

        awaitStatus(http, "/actuator/health/readiness", 503);
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            ResponseEntity<String> down = http.get(probe, h -> { });
            assertThat(down.getStatusCode().value()).as(probe).isEqualTo(503);
            assertThat(down.getBody()).as(probe).contains("\"status\":\"DOWN\"")
                    .doesNotContain("jdbc", "postgres", "Exception", "Connection", "components", "at ");
        }
        assertThat(status(http, "/actuator/health/liveness")).isEqualTo(200);

        postgres = startDatabase();

        awaitStatus(http, "/actuator/health/readiness", 200);
        assertThat(http.get("/actuator/health", h -> { }).getStatusCode().value()).isEqualTo(200);
    }

    /** On the same data directory and port each time, so that the node finds its database again. */
    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(databasePort)
                .start();
    }

    private static int status(Http http, String path) {
        return http.get(path, h -> { }).getStatusCode().value();
    }

    private static void awaitStatus(Http http, String path, int expected) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int last = status(http, path);
        while (last != expected && Instant.now().isBefore(deadline)) {
            pause();
            last = status(http, path);
        }
        assertThat(last).as(path + " within " + PATIENCE + ", see " + node.log()).isEqualTo(expected);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
