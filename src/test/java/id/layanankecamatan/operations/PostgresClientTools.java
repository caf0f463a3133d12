package id.layanankecamatan.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real {@code pg_dump} and {@code pg_restore} of the machine, of the server's major version (a pg_dump older
 * than the server refuses to dump it; a newer one writes statements an older server may not know). Debian keeps
 * each version in {@code /usr/lib/postgresql/<major>/bin}; otherwise the ones on the PATH, if their version fits.
 * Missing tools fail the test: a backup test that skips itself proves nothing.
 */
final class PostgresClientTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final long TIMEOUT_MINUTES = 5;

    private final String directory;

    /** {@code directory} ends with a slash, or is empty for the PATH. */
    private PostgresClientTools(String directory) {
        this.directory = directory;
    }

    /** The client tools for a server of that major version (e.g. 15), or an AssertionError saying what to install. */
    static PostgresClientTools forServer(int major) {
        List<String> found = new ArrayList<>();
        for (String directory : new String[] {"/usr/lib/postgresql/" + major + "/bin/", ""}) {
            List<Integer> versions = Stream.of("pg_dump", "pg_restore", "createuser", "createdb")
                    .map(tool -> majorVersion(directory + tool)).toList();
            if (versions.stream().allMatch(version -> version == major)) {
                return new PostgresClientTools(directory);
            }
            found.add((directory.isEmpty() ? "PATH" : directory) + " pg_dump, pg_restore, createuser, createdb: "
                    + versions.stream().map(v -> v < 0 ? "missing" : "version " + v).collect(Collectors.joining(", ")));
        }
        throw new AssertionError("pg_dump, pg_restore, createuser and createdb of PostgreSQL " + major + " (the "
                + "embedded server's version) are needed for the backup test. Install the PostgreSQL client tools, "
                + "on Debian 12: apt-get install postgresql-client (.ci/run does this). Found: "
                + String.join("; ", found));
    }

    /** {@code createuser}: the application's login role, no superuser (no password: the embedded server trusts). */
    void createUser(int port, String user) {
        run(directory + "createuser", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", user);
    }

    /** {@code createdb -O}: a new, empty database that the application's role owns. */
    void createDatabase(int port, String database, String owner) {
        run(directory + "createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-O", owner,
                database);
    }

    /** {@code pg_dump -Fc}: the whole database, one consistent snapshot, in the custom format pg_restore reads. */
    void dump(int port, String database, String user, Path file) {
        run(directory + "pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", user, "-Fc",
                "-f", file.toString(), database);
    }

    /**
     * {@code pg_restore} into an existing empty database as its owner, all or nothing (one transaction, stops at
     * the first error); {@code --no-owner}: the restored objects belong to that user, whoever owned them before.
     */
    void restore(int port, String database, String user, Path file) {
        run(directory + "pg_restore", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", user,
                "-d", database, "--no-owner", "--single-transaction", file.toString());
    }

    private static void run(String... command) {
        Result result = execute(command);
        if (result.exitCode != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode + ":\n"
                    + result.output);
        }
    }

    /** The major version the tool reports, or -1 when it cannot be run. */
    private static int majorVersion(String tool) {
        try {
            Result result = execute(tool, "--version");
            Matcher matcher = VERSION.matcher(result.output);
            return result.exitCode == 0 && matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (AssertionError notRunnable) {
            return -1;
        }
    }

    private static Result execute(String... command) {
        try {
            // output to a file, so that a hanging tool cannot block the read and the timeout still applies
            Path output = Files.createTempFile("pg-tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // only the connection given on the command line: no PGHOST, PGPASSWORD … of whoever runs the build
            builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
            try {
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES
                            + " minutes");
                }
                return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " cannot be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Result(int exitCode, String output) {
    }
}
