package id.layanankecamatan.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the project's Prometheus endpoint (as an operator's scraper does, HTTP Basic with the demo admin) every
 * second while the load runs: the highest heap in use, and at the end the GC pause time and the application's own
 * timers, so that the report shows the figures an operator would see.
 */
final class HeapSampler implements AutoCloseable {

    private static final String USER = "admin";
    private static final String PASSWORD = "demo";

    private final Jvm jvm;
    private final Thread thread;
    private final long startedNanos = System.nanoTime();
    private volatile boolean running = true;
    private volatile double maxHeapUsed;
    private volatile int samples;
    private Map<String, Double> first = Map.of();

    HeapSampler(Jvm jvm) {
        this.jvm = jvm;
        this.first = scrapeSafely();
        this.thread = new Thread(this::run, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            Map<String, Double> values = scrapeSafely();
            Double heap = values.get("heap_used");
            if (heap != null) {
                maxHeapUsed = Math.max(maxHeapUsed, heap);
                samples++;
            }
            Bench.sleep(Duration.ofSeconds(1));
        }
    }

    /** Stops sampling; what was seen, with the GC time over the sampled period (a thrashing GC shows here). */
    Map<String, Object> result() throws IOException {
        close();
        Map<String, Double> last = scrapeSafely();
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        double gcSeconds = last.getOrDefault("gc_pause_sum", 0.0) - first.getOrDefault("gc_pause_sum", 0.0);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("heapMaxMb", mb(last.getOrDefault("heap_max", 0.0)));
        result.put("heapUsedMaxMb", mb(maxHeapUsed));
        result.put("samples", samples);
        result.put("gcPauses", Math.round(last.getOrDefault("gc_pause_count", 0.0) - first.getOrDefault("gc_pause_count", 0.0)));
        result.put("gcPauseSeconds", Bench.round(gcSeconds, 2));
        result.put("gcPauseShareOfWall", Bench.round(wall > 0 ? gcSeconds / wall : 0, 3));
        result.put("outOfMemory", jvm.ranOutOfMemory());
        result.put("submissionMeanMs", meanMs(last, first, "submission"));
        result.put("letterIssueMeanMs", meanMs(last, first, "letter_issue"));
        return result;
    }

    private static double meanMs(Map<String, Double> last, Map<String, Double> first, String timer) {
        double count = last.getOrDefault(timer + "_count", 0.0) - first.getOrDefault(timer + "_count", 0.0);
        double sum = last.getOrDefault(timer + "_sum", 0.0) - first.getOrDefault(timer + "_sum", 0.0);
        return count > 0 ? Bench.round(sum / count * 1000, 1) : -1;
    }

    private Map<String, Double> scrapeSafely() {
        try {
            var response = jvm.get("/actuator/prometheus", USER, PASSWORD);
            return response.statusCode() == 200 ? parse(response.body()) : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The few series the report needs, summed over their other labels. */
    static Map<String, Double> parse(String exposition) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String series = line.substring(0, line.lastIndexOf(' '));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            String key = keyOf(series);
            if (key != null && !(key.equals("heap_max") && value < 0)) {
                values.merge(key, value, Double::sum);
            }
        }
        return values;
    }

    private static String keyOf(String series) {
        boolean heap = series.contains("area=\"heap\"");
        boolean ok = series.contains("outcome=\"ok\"");
        if (series.startsWith("jvm_memory_used_bytes{") && heap) {
            return "heap_used";
        } else if (series.startsWith("jvm_memory_max_bytes{") && heap) {
            return "heap_max";
        } else if (series.startsWith("jvm_gc_pause_seconds_sum")) {
            return "gc_pause_sum";
        } else if (series.startsWith("jvm_gc_pause_seconds_count")) {
            return "gc_pause_count";
        } else if (series.startsWith("layanan_submission_seconds_sum") && ok) {
            return "submission_sum";
        } else if (series.startsWith("layanan_submission_seconds_count") && ok) {
            return "submission_count";
        } else if (series.startsWith("layanan_letter_issue_seconds_sum") && ok) {
            return "letter_issue_sum";
        } else if (series.startsWith("layanan_letter_issue_seconds_count") && ok) {
            return "letter_issue_count";
        }
        return null;
    }

    private static long mb(double bytes) {
        return Math.round(bytes / (1024 * 1024));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
