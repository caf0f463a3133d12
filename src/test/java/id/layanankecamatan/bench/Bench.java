package id.layanankecamatan.bench;

import id.layanankecamatan.bench.Jvm.StartTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark behind README's Performance section, run by {@code bench/run} from the repository root (never by
 * the tests or CI). On a throw-away embedded PostgreSQL 15 it measures, in one sitting:
 * <ol>
 * <li>start to ready (readiness UP) of the project's jar on H2 (default profile) and on PostgreSQL, first start
 * and restart, plain and with a class-data-sharing archive;</li>
 * <li>the lifecycle load of the shared driver against the bare-engine baseline and the project, same arguments,
 * alternately, with the project's heap sampled through it (both JVMs at -Xmx512m);</li>
 * <li>the {@code bench}-tagged JUnit checks ({@code -Pbench}), whose JSON fragments in {@code target/bench/} go
 * into the report;</li>
 * </ol>
 * and writes {@code target/bench/report.json} and {@code report.md}.
 */
public final class Bench {

    static final Path OUT = Path.of("target", "bench").toAbsolutePath();
    static final String HEAP = "-Xmx512m";
    private static final String DB_PASSWORD = "bench";

    private final Options options;
    private final Path jar;
    private final Report report;

    private Bench(Options options, Path jar) {
        this.options = options;
        this.jar = jar;
        this.report = new Report(options.quick ? "quick" : "full");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(OUT);
        new Bench(options, projectJar()).run();
    }

    private void run() throws Exception {
        report.put("started", OffsetDateTime.now().toString());
        report.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(), "java",
                System.getProperty("java.version"), "loadAverageAtStart", loadAverage(), "commit", gitCommit()));
        startsOnH2();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setPort(Jvm.freePort()).start()) {
            createDatabases(postgres, "camunda", "layanan");
            String jdbc = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
            loadOnPostgres(jdbc);
            startsOnPostgres(jdbc);
        }
        if (options.junit) {
            report.put("junit", BenchChecks.run());
        }
        report.put("finished", OffsetDateTime.now().toString());
        report.write();
        System.out.println("\n" + Files.readString(OUT.resolve("report.md")));
    }

    /** First start on an empty folder (schema, demo keys), then a restart on it, then the restart with CDS. */
    private void startsOnH2() throws IOException {
        Path home = OUT.resolve("h2-node");
        deleteTree(home);
        report.start(startAndStop("h2-first-start", home, List.of(), List.of(), Map.of()));
        report.start(startAndStop("h2-restart", home, List.of(), List.of(), Map.of()));
        if (options.cds) {
            report.start(startAndStop("h2-restart-cds", home, Cds.options(jar), List.of(), Map.of()));
        }
    }

    private void loadOnPostgres(String jdbc) throws Exception {
        Path driver = options.driver;
        LifecycleLoad load = new LifecycleLoad(driver, options.n, options.warmup, options.workers);
        boolean driverThere = LifecycleLoad.available(driver);
        Path baselineJar = options.baseline && driverThere ? Baseline.build(driver.resolve("baseline-engine"), report) : null;
        try (Jvm baseline = baselineJar == null ? null : Baseline.start(baselineJar, jdbc + "camunda", DB_PASSWORD)) {
            if (baseline != null) {
                // the bare engine's own start, for comparison, and out of the way of the project's
                report.start(baseline.awaitReady("/engine-rest/engine", "admin", "admin"));
            }
            try (Jvm project = startProject("pg-first-start", jdbc)) {
                report.start(project.awaitReady("/actuator/health/readiness", null, null));
                if (!driverThere) {
                    report.note("Lifecycle load skipped: no " + driver.resolve("lifecycle_load.py") + " or no python3.");
                    return;
                }
                HeapSampler heap = new HeapSampler(project);
                for (int round = 1; round <= options.rounds; round++) {
                    System.out.printf("%nround %d of %d%n", round, options.rounds);
                    Map<String, Object> baselineRun = baseline == null ? null : load.baseline(baseline.baseUrl());
                    report.round(baselineRun, load.project(project.baseUrl()));
                }
                System.out.println("\nthe released Domisili, with its paraf steps");
                report.put("projectWithParaf", load.projectWithParaf(project.baseUrl()));
                report.put("heap", heap.result());
            }
        }
    }

    /** The restart of the loaded node (its database now holds the benchmark's applications), plain and with CDS. */
    private void startsOnPostgres(String jdbc) throws IOException {
        try (Jvm restart = startProject("pg-restart", jdbc)) {
            report.start(restart.awaitReady("/actuator/health/readiness", null, null));
        }
        if (options.cds) {
            try (Jvm restart = startProject("pg-restart-cds", jdbc)) {
                report.start(restart.awaitReady("/actuator/health/readiness", null, null));
            }
        }
    }

    private Jvm startProject(String name, String jdbc) throws IOException {
        List<String> jvmOptions = new ArrayList<>(List.of(HEAP));
        if (name.endsWith("-cds")) {
            jvmOptions.addAll(Cds.options(jar));
        }
        Path home = OUT.resolve("pg-node");
        Map<String, String> environment = new LinkedHashMap<>(BenchService.install(home));
        environment.putAll(Map.of("DB_URL", jdbc + "layanan", "DB_USER", "layanan", "DB_PASSWORD", DB_PASSWORD,
                "ADMIN_PASSWORD", "demo", "DEMO_ALLOW_EXTERNAL_DB", "true", "NODE_ID", "bench"));
        if (System.getenv("BENCH_JFR") != null && name.equals("pg-first-start")) {
            // a CPU profile of the loaded node: BENCH_JFR=1 bench/run, then jfr print --events jdk.ExecutionSample
            jvmOptions.addAll(List.of("-XX:FlightRecorderOptions:stackdepth=256",
                    "-XX:StartFlightRecording=settings=profile,filename=" + OUT.toAbsolutePath().resolve("project.jfr")));
        }
        // the driver's 16 clients share one address, as an office's staff behind one proxy: not exempt from the
        // throttle, which counts only failed logins
        return Jvm.start(name, home, jvmOptions, Cds.jarFor(jar, name), List.of("--spring.profiles.active=postgres,demo"),
                environment);
    }

    private StartTime startAndStop(String name, Path home, List<String> jvmOptions, List<String> args,
                                   Map<String, String> environment) throws IOException {
        List<String> all = new ArrayList<>(List.of(HEAP));
        all.addAll(jvmOptions);
        try (Jvm jvm = Jvm.start(name, home, all, Cds.jarFor(jar, name), args, environment)) {
            return jvm.awaitReady("/actuator/health/readiness", null, null);
        }
    }

    private static void createDatabases(EmbeddedPostgres postgres, String... names) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("create user " + name + " password '" + DB_PASSWORD + "'");
                statement.execute("create database " + name + " owner " + name);
            }
        }
    }

    private static Path projectJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("layanan-kecamatan-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package"))
                    .toAbsolutePath();
        }
    }

    // --- small helpers shared by the benchmark's classes ------------------------------------------------------

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes()).trim();
            return waitFor(git) == 0 ? commit : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return -1;
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Command-line options of {@code bench/run}. */
    record Options(boolean quick, int n, int warmup, int workers, int rounds, Path driver, boolean baseline,
                   boolean junit, boolean cds) {

        static Options parse(String[] args) {
            List<String> list = List.of(args);
            boolean quick = list.contains("--quick");
            Path driver = Path.of("..", "shared", "bench");
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals("--driver")) {
                    driver = Path.of(args[i + 1]);
                }
            }
            for (String arg : args) {
                if (!List.of("--quick", "--no-baseline", "--no-junit", "--no-cds", "--driver").contains(arg)
                        && !Path.of(arg).equals(driver)) {
                    throw new IllegalArgumentException("unknown option " + arg
                            + "; known: --quick --no-baseline --no-junit --no-cds --driver DIR");
                }
            }
            return new Options(quick, quick ? 200 : 600, quick ? 50 : 100, 16, quick ? 1 : 2,
                    driver.toAbsolutePath().normalize(), !list.contains("--no-baseline"),
                    !list.contains("--no-junit"), !list.contains("--no-cds"));
        }
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
