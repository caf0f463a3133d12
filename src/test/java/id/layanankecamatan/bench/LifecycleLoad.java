package id.layanankecamatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared lifecycle driver ({@code ../shared/bench/lifecycle_load.py}), run with the same load arguments against
 * the bare engine and the project, so that both are measured the same way (submit, accept, sign, letter). The
 * applicant's data for the project is {@code bench/applicant.json}: the shared one and the field Domisili asks for.
 */
final class LifecycleLoad {

    /** The driver's summary line, e.g. "project: 300/300 lifecycles in 50.1 s = 6.0 lifecycles/s, submit p50 …". */
    private static final Pattern SUMMARY = Pattern.compile("(\\w+): (\\d+)/(\\d+) lifecycles in ([\\d.]+) s = "
            + "([\\d.]+) lifecycles/s, submit p50 (\\d+|nan) ms p99 (\\d+|nan) ms, workers (\\d+), errors (\\d+)");

    private final Path driverDir;
    private final List<String> loadArguments;

    /** {@code n} lifecycles measured after {@code warmup} unmeasured ones, {@code workers} at a time. */
    LifecycleLoad(Path driverDir, int n, int warmup, int workers) {
        this.driverDir = driverDir;
        this.loadArguments = List.of("--n", String.valueOf(n), "--warmup", String.valueOf(warmup),
                "--workers", String.valueOf(workers));
    }

    static boolean available(Path driverDir) {
        return Files.isRegularFile(driverDir.resolve("lifecycle_load.py")) && Bench.onPath("python3");
    }

    Map<String, Object> baseline(String url) throws IOException {
        return run(List.of(), "baseline", url, List.of());
    }

    /**
     * The lifecycle (submit with Domisili's three uploads, accept, sign, letter) on the Domisili of
     * {@link BenchService}: the baseline's wait states.
     */
    Map<String, Object> project(String url) throws IOException {
        return run(List.of(), "project", url, projectArguments(BenchService.CODE));
    }

    /** The released Domisili, with its two paraf tasks completed between accept and sign. */
    Map<String, Object> projectWithParaf(String url) throws IOException {
        return run(List.of(Path.of("bench", "lifecycle_paraf.py").toString(), driverDir.toString()), "project", url,
                projectArguments("domisili"));
    }

    private static List<String> projectArguments(String service) {
        return List.of("--service", service, "--data", Path.of("bench", "applicant.json").toString(),
                "--reqs", "ktp,kk,pengantar_rt_rw");
    }

    /** {@code script}: a wrapper of the shared driver with its arguments, or empty for the shared driver itself. */
    private Map<String, Object> run(List<String> script, String target, String url, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(script.isEmpty() ? List.of(driverDir.resolve("lifecycle_load.py").toString()) : script);
        command.addAll(List.of(target, url));
        command.addAll(loadArguments);
        command.addAll(extra);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Bench.waitFor(process);
        System.out.print(output.indent(4));
        Matcher summary = SUMMARY.matcher(output);
        if (!summary.find()) {
            throw new IllegalStateException("the lifecycle driver printed no summary:\n" + output);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completed", Integer.parseInt(summary.group(2)));
        result.put("requested", Integer.parseInt(summary.group(3)));
        result.put("seconds", Double.parseDouble(summary.group(4)));
        result.put("lifecyclesPerSecond", Double.parseDouble(summary.group(5)));
        result.put("submitP50Ms", millis(summary.group(6)));
        result.put("submitP99Ms", millis(summary.group(7)));
        result.put("workers", Integer.parseInt(summary.group(8)));
        result.put("errors", Integer.parseInt(summary.group(9)));
        result.put("command", String.join(" ", command));
        return result;
    }

    private static Integer millis(String value) {
        return "nan".equals(value) ? null : Integer.valueOf(value);
    }
}
