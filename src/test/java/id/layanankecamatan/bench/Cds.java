package id.layanankecamatan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Class-data sharing as README's Performance section describes it: the jar extracted once
 * ({@code java -Djarmode=tools -jar … extract}), a training start that refreshes the context and exits
 * ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}), then every start with
 * {@code -XX:SharedArchiveFile}. The archive belongs to one JDK and one jar: made again for each run.
 */
final class Cds {

    private static final Path DIR = Bench.OUT.resolve("cds");
    private static final Path ARCHIVE = DIR.resolve("application.jsa");

    private Cds() {
    }

    /** The jar a start of that name runs: the extracted one for the starts named "...-cds". */
    static Path jarFor(Path jar, String startName) {
        return startName.endsWith("-cds") ? DIR.resolve(jar.getFileName()) : jar;
    }

    /** The JVM options of a start with the archive, training it first if this run has none yet. */
    static List<String> options(Path jar) throws IOException {
        if (!Files.exists(ARCHIVE)) {
            train(jar);
        }
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE);
    }

    private static void train(Path jar) throws IOException {
        Bench.deleteTree(DIR);
        run(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", DIR.toString()),
                Bench.OUT, "cds-extract");
        Path home = Bench.OUT.resolve("cds-training");
        Bench.deleteTree(home);
        Files.createDirectories(home);
        run(List.of("java", Bench.HEAP, "-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Dspring.context.exit=onRefresh",
                "-jar", DIR.resolve(jar.getFileName()).toString(), "--server.port=0"), home, "cds-training");
        if (!Files.exists(ARCHIVE)) {
            throw new IllegalStateException("no CDS archive made, see " + Bench.OUT.resolve("cds-training.log"));
        }
    }

    private static void run(List<String> command, Path dir, String name) throws IOException {
        System.out.println(name + ": " + String.join(" ", command));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(Bench.OUT.resolve(name + ".log").toFile()).start();
        if (Bench.waitFor(process) != 0) {
            throw new IllegalStateException(name + " failed, see " + Bench.OUT.resolve(name + ".log"));
        }
    }
}
