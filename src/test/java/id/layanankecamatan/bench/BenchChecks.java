package id.layanankecamatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JUnit checks tagged {@code bench} (SLA views at a million applications, the letter-issue micro-benchmark),
 * which the normal build leaves out: run with the {@code bench} profile. Each writes its figures as a JSON fragment
 * into {@code target/bench/}, which the report takes in.
 */
final class BenchChecks {

    private static final Pattern RESULTS = Pattern.compile("Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$",
            Pattern.MULTILINE);

    private BenchChecks() {
    }

    static Map<String, Object> run() throws IOException {
        Path log = Bench.OUT.resolve("junit.log");
        System.out.println("bench-tagged JUnit checks: ./mvnw -o -B -Pbench surefire:test@default-test (log " + log + ")");
        Process maven = new ProcessBuilder("./mvnw", "-o", "-B", "-Pbench", "surefire:test@default-test")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = Bench.waitFor(maven);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher results = RESULTS.matcher(output);
        String summary = "no bench-tagged tests";
        while (results.find()) {
            summary = results.group(0).trim();
        }
        return Bench.map("command", "./mvnw -o -B -Pbench surefire:test@default-test", "exitCode", exit,
                "summary", summary, "log", log.toString());
    }
}
