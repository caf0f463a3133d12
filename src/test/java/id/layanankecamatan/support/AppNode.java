package id.layanankecamatan.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application as an operator runs it: a JVM of its own (the test's class path, the real main class), on a
 * database the test gives it, with the job executor on. Used where one process is not enough: a crash
 * ({@link #kill()} is SIGKILL), two nodes on one database, a start on a restored backup.
 * <p>
 * The node runs the demo profile (demo users) on that external database; its log goes to
 * {@code target/nodes/<name>.log}, which a failing test names.
 */
public final class AppNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private AppNode(Builder builder) {
        this.name = builder.name;
        this.port = builder.port != 0 ? builder.port : freePort();
        this.log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
        this.environment = new LinkedHashMap<>(builder.environment);
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + builder.heap, "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(),
                "id.layanankecamatan.LayananKecamatanApplication",
                "--server.port=" + port));
        builder.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    }

    /** A node on that PostgreSQL database (user postgres, no password, as the embedded server has). */
    public static Builder on(String name, String jdbcUrl) {
        return new Builder(name, jdbcUrl);
    }

    /** Starts the JVM and waits until the citizen API answers. */
    public AppNode start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("node " + name + " did not start", e);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ", see " + log);
            }
            if (answers()) {
                return this;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("node " + name + " not ready after " + START_TIMEOUT + ", see " + log);
    }

    /** SIGKILL: no shutdown hook, no graceful stop of the job executor, locks left as they are. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM: the graceful stop an operator's restart does. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    @Override
    public void close() {
        kill();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/api/v1/services").toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test's class path without the test classes and resources (their extra processes and profiles). */
    private static String applicationClassPath() {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final String name;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private int port;
        private String heap = "768m";

        private Builder(String name, String jdbcUrl) {
            this.name = name;
            Path home = Path.of("target", "nodes", name).toAbsolutePath();
            environment.put("SPRING_PROFILES_ACTIVE", "demo");
            environment.put("DEMO_ALLOW_EXTERNAL_DB", "true");
            environment.put("DB_URL", jdbcUrl);
            environment.put("DB_USER", "postgres");
            environment.put("DB_PASSWORD", "");
            environment.put("NODE_ID", name);
            environment.put("MAIL_OUTBOX_DIR", home.resolve("outbox").toString());
            environment.put("LETTER_TEMPLATE_DIR", home.resolve("letters").toString());
            environment.put("SIGNING_KEYSTORE", home.resolve("office-signing.p12").toString());
            environment.put("SIGNER_KEYSTORE_DIR", home.toString());
        }

        /** An environment variable, as an operator sets it (DB_URL, NODE_ID, SIGNING_KEYSTORE …). */
        public Builder env(String key, String value) {
            environment.put(key, value);
            return this;
        }

        /** A Spring property given on the command line, e.g. {@code spring.mail.port}. */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Mail to a test SMTP server instead of the outbox folder. */
        public Builder smtp(int port) {
            return property("spring.mail.host", "127.0.0.1").property("spring.mail.port", String.valueOf(port));
        }

        /** A fixed port, so that a restarted node answers where the old one did. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        public AppNode build() {
            return new AppNode(this);
        }
    }
}
