package id.layanankecamatan.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application JVM of the benchmark (the project's jar or the bare-engine baseline), started as an operator
 * starts it, with its log in {@code target/bench/<name>.log}. Start-to-ready is counted from the moment the process
 * is created to the first 200 of the readiness URL, together with the CPU time the JVM had used by then (on a
 * shared machine the CPU time is the steadier of the two).
 */
final class Jvm implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final long startedNanos;

    private Jvm(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** {@code java <jvmOptions> -jar <jar> --server.port=<free port> <args>} in {@code workDir}. */
    static Jvm start(String name, Path workDir, List<String> jvmOptions, Path jar, List<String> args,
                     Map<String, String> environment) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(args);
        Files.createDirectories(workDir);
        Path log = Bench.OUT.resolve(name + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new Jvm(name, port, log, builder.start(), started);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits for 200 from {@code path}; the wall and CPU seconds the JVM took to get there. */
    StartTime awaitReady(String path, String user, String password) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            if (status(path, user, password) == 200) {
                double wall = (System.nanoTime() - startedNanos) / 1e9;
                return new StartTime(name, wall, cpuSeconds(), Bench.loadAverage());
            }
            Bench.sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException(name + " not ready after " + START_TIMEOUT + ", see " + log);
    }

    int status(String path, String user, String password) {
        try {
            return get(path, user, password).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    HttpResponse<String> get(String path, String user, String password) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** CPU time (user + system, all threads) the JVM has used so far; -1 where the platform does not tell. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
    }

    /** Whether the log shows the JVM ran out of heap. */
    boolean ranOutOfMemory() throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains("OutOfMemoryError"));
        }
    }

    /** SIGTERM, the graceful stop; SIGKILL after a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start to ready: wall seconds, the JVM's CPU seconds by then, and the machine's 1-minute load average. */
    record StartTime(String name, double wallSeconds, double cpuSeconds, double loadAverage) {
    }
}
