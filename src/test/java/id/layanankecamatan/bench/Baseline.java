package id.layanankecamatan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared bare-engine baseline ({@code ../shared/bench/baseline-engine}: Camunda 7.24, the same wait states,
 * HTTP Basic admin/admin), built from a copy under {@code target/bench/} with this project's Maven wrapper and run
 * on the same PostgreSQL server as the project.
 */
final class Baseline {

    private Baseline() {
    }

    /** The baseline's jar, or null (with a note in the report) when its sources are not there or do not build. */
    static Path build(Path sources, Report report) throws IOException {
        if (!Files.isRegularFile(sources.resolve("pom.xml"))) {
            report.note("Baseline skipped: no bare-engine baseline at " + sources + ".");
            return null;
        }
        Path copy = Bench.OUT.resolve("baseline-engine");
        Bench.deleteTree(copy);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> !sources.relativize(p).startsWith("target")).toList()) {
                Path target = copy.resolve(sources.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path log = Bench.OUT.resolve("baseline-build.log");
        System.out.println("building the baseline: " + copy);
        Process maven = new ProcessBuilder("./mvnw", "-q", "-B", "-DskipTests", "-f", copy.resolve("pom.xml").toString(),
                "package").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (Bench.waitFor(maven) != 0) {
            report.note("Baseline skipped: its build failed (it needs its dependencies once from Maven Central), see "
                    + log + ".");
            return null;
        }
        try (Stream<Path> jars = Files.list(copy.resolve("target"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    static Jvm start(Path jar, String jdbcUrl, String password) throws IOException {
        return Jvm.start("baseline-start", Bench.OUT.resolve("baseline-node"), List.of(Bench.HEAP), jar,
                List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=camunda", "--spring.datasource.password=" + password),
                Map.of());
    }
}
