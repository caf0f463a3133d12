package id.layanankecamatan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.layanankecamatan.bench.Jvm.StartTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code target/bench/report.json} (everything measured) and {@code report.md} (the short table README quotes),
 * with the other benchmarks' JSON fragments found in {@code target/bench/}.
 */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<StartTime> starts = new ArrayList<>();
    private final List<Map<String, Object>> rounds = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String mode) {
        values.put("mode", mode);
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    void start(StartTime start) {
        System.out.printf("%s: ready in %.1f s (%.1f s CPU, load average %.1f)%n", start.name(), start.wallSeconds(),
                start.cpuSeconds(), start.loadAverage());
        starts.add(start);
    }

    void round(Map<String, Object> baseline, Map<String, Object> project) {
        Map<String, Object> round = Bench.map("baseline", baseline, "project", project);
        if (baseline != null) {
            round.put("ratio", Bench.round(rate(project) / rate(baseline), 3));
        }
        rounds.add(round);
    }

    void note(String note) {
        System.out.println("note: " + note);
        notes.add(note);
    }

    void write() throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put("load", load());
        all.put("starts", starts);
        all.put("fragments", fragments());
        all.put("notes", notes);
        JSON.writeValue(Bench.OUT.resolve("report.json").toFile(), all);
        Files.writeString(Bench.OUT.resolve("report.md"), markdown(all));
    }

    private Map<String, Object> load() {
        Map<String, Object> load = Bench.map("rounds", rounds);
        List<Map<String, Object>> projects = rounds.stream().map(r -> side(r, "project")).toList();
        List<Map<String, Object>> baselines = rounds.stream().map(r -> side(r, "baseline")).filter(b -> b != null).toList();
        if (!projects.isEmpty()) {
            load.put("projectLifecyclesPerSecond", Bench.round(mean(projects, "lifecyclesPerSecond"), 2));
            load.put("submitP50Ms", Math.round(mean(projects, "submitP50Ms")));
            load.put("submitP99Ms", maxP99(projects));
            load.put("errors", projects.stream().mapToInt(p -> (Integer) p.get("errors")).sum());
        }
        if (!baselines.isEmpty()) {
            load.put("baselineLifecyclesPerSecond", Bench.round(mean(baselines, "lifecyclesPerSecond"), 2));
            load.put("ratio", Bench.round(mean(projects, "lifecyclesPerSecond") / mean(baselines, "lifecyclesPerSecond"), 3));
            load.put("baselineSubmitP99Ms", maxP99(baselines));
        }
        return load;
    }

    /** Every other JSON file in target/bench/ (written by the bench-tagged checks), by its file name. */
    private static Map<String, JsonNode> fragments() throws IOException {
        Map<String, JsonNode> fragments = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Bench.OUT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("report.json")).sorted().toList()) {
                fragments.put(file.getFileName().toString().replace(".json", ""), JSON.readTree(file.toFile()));
            }
        }
        return fragments;
    }

    @SuppressWarnings("unchecked")
    private String markdown(Map<String, Object> all) {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        Map<String, Object> machine = (Map<String, Object>) all.get("machine");
        md.append("Mode ").append(all.get("mode")).append(", commit ").append(machine.get("commit")).append(", ")
                .append(machine.get("cpus")).append(" CPUs, Java ").append(machine.get("java"))
                .append(", load average at start ").append(machine.get("loadAverageAtStart")).append(", ")
                .append(all.get("started")).append(".\n\n| measure | measured | target |\n|---|---|---|\n");
        Map<String, Object> load = (Map<String, Object>) all.get("load");
        if (load.containsKey("projectLifecyclesPerSecond")) {
            if (load.containsKey("baselineLifecyclesPerSecond")) {
                row(md, "bare engine, lifecycles/s", load.get("baselineLifecyclesPerSecond"), "");
            }
            row(md, "project, lifecycles/s (Domisili with the baseline's wait states: verify, sign)", load.get("projectLifecyclesPerSecond"), "");
            if (load.containsKey("ratio")) {
                row(md, "project / bare engine", Math.round((Double) load.get("ratio") * 100) + " %", "≥ 60 %");
            }
            row(md, "submit p50 / p99 (16 concurrent)", load.get("submitP50Ms") + " / " + load.get("submitP99Ms") + " ms",
                    "p99 < 150 ms");
            row(md, "lifecycle errors", load.get("errors"), "0");
        }
        Map<String, Object> paraf = (Map<String, Object>) all.get("projectWithParaf");
        if (paraf != null) {
            row(md, "released Domisili (2 paraf tasks more), lifecycles/s; submit p50 / p99", paraf.get("lifecyclesPerSecond")
                    + "; " + paraf.get("submitP50Ms") + " / " + paraf.get("submitP99Ms") + " ms; errors " + paraf.get("errors"), "");
        }
        for (StartTime start : starts) {
            row(md, "start to ready, " + start.name(), String.format("%.1f s (%.1f s CPU, load %.1f)",
                    start.wallSeconds(), start.cpuSeconds(), start.loadAverage()), start.name().startsWith("baseline") ? "" : "< 10 s");
        }
        Map<String, Object> heap = (Map<String, Object>) all.get("heap");
        if (heap != null) {
            row(md, "heap used, max through the load (-Xmx512m)", heap.get("heapUsedMaxMb") + " MB (GC pauses " + Math.round((Double) heap.get("gcPauseShareOfWall") * 1000) / 10.0
                    + " % of the time; out of memory: " + ((Boolean) heap.get("outOfMemory") ? "yes" : "no") + ")", "< 512 MB");
            row(md, "server-side mean: submission / letter issue", heap.get("submissionMeanMs") + " / "
                    + heap.get("letterIssueMeanMs") + " ms", "");
        }
        Map<String, Object> junit = (Map<String, Object>) all.get("junit");
        if (junit != null) {
            row(md, "bench-tagged JUnit checks", junit.get("summary") + " (exit " + junit.get("exitCode") + ")", "");
        }
        Map<String, JsonNode> fragments = (Map<String, JsonNode>) all.get("fragments");
        fragments.forEach((name, fragment) -> {
            md.append("\n## ").append(name).append("\n\n| figure | value |\n|---|---|\n");
            flatten("", fragment, md);
        });
        if (!notes.isEmpty()) {
            md.append("\n");
            notes.forEach(note -> md.append("- ").append(note).append("\n"));
        }
        return md.toString();
    }

    private static void flatten(String prefix, JsonNode node, StringBuilder md) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), md);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), md);
            }
        } else {
            row(md, prefix, node.asText(), null);
        }
    }

    private static void row(StringBuilder md, String measure, Object value, String target) {
        md.append("| ").append(measure).append(" | ").append(value).append(target == null ? "" : " | " + target).append(" |\n");
    }

    private static Integer maxP99(List<Map<String, Object>> runs) {
        return runs.stream().map(r -> (Integer) r.get("submitP99Ms")).filter(v -> v != null).max(Integer::compare)
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> side(Map<String, Object> round, String side) {
        return (Map<String, Object>) round.get(side);
    }

    private static double rate(Map<String, Object> run) {
        return ((Number) run.get("lifecyclesPerSecond")).doubleValue();
    }

    private static double mean(List<Map<String, Object>> runs, String key) {
        return runs.stream().map(r -> (Number) r.get(key)).filter(v -> v != null).mapToDouble(Number::doubleValue)
                .average().orElse(Double.NaN);
    }
}
