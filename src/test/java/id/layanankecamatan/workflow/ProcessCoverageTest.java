package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process coverage gate over the whole suite. camunda-process-test-coverage records, per test class, the flow
 * nodes each process passed (target/process-test-coverage/&lt;class&gt;/report.json and report.html); the library
 * can only assert per test class, so this class, run last (junit-platform.properties), joins the reports of this
 * run and fails the build when a catalogue process or a shared step has less than 90 % of its flow nodes covered.
 * Summary in target/process-coverage.txt.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest extends IntegrationTest {

    private static final double REQUIRED = 0.9;
    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ServiceCatalog catalog;

    @Test
    void everyProcessHasAtLeastNinetyPercentOfItsFlowNodesCovered() throws IOException {
        Set<String> ours = catalog.services().stream().map(ServiceDefinition::processKey).collect(Collectors.toSet());
        ours.addAll(Set.of(ProcessIds.VERIFICATION, ProcessIds.REVIEW, ProcessIds.SIGNING));
        Map<String, String> models = new HashMap<>();
        Map<String, Set<String>> passed = new HashMap<>();
        for (Path report : reportsOfThisRun()) {
            JsonNode json = JSON.readTree(report.toFile());
            json.get("models").forEach(m -> models.put(m.get("key").asText(), m.get("xml").asText()));
            json.get("suites").forEach(suite -> suite.get("runs").forEach(run -> run.get("events").forEach(e -> {
                if ("FLOW_NODE".equals(e.get("source").asText())) {
                    passed.computeIfAbsent(e.get("modelKey").asText(), k -> new HashSet<>())
                            .add(e.get("definitionKey").asText());
                }
            })));
        }
        Map<String, Double> coverage = new TreeMap<>();
        StringBuilder summary = new StringBuilder();
        for (String key : new TreeMap<>(models).keySet()) {
            if (!ours.contains(key)) {
                continue; // e.g. the extra service of AddingAServiceTest, deployed from test resources
            }
            Set<String> nodes = Bpmn.readModelFromStream(new ByteArrayInputStream(
                            models.get(key).getBytes(StandardCharsets.UTF_8)))
                    .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
            Set<String> covered = new HashSet<>(passed.getOrDefault(key, Set.of()));
            covered.retainAll(nodes);
            Set<String> missed = new HashSet<>(nodes);
            missed.removeAll(covered);
            coverage.put(key, (double) covered.size() / nodes.size());
            summary.append("%-20s %5.1f %%  missed: %s%n".formatted(key, 100.0 * covered.size() / nodes.size(), missed));
        }
        Files.writeString(Path.of("target", "process-coverage.txt"), summary);
        assertThat(coverage).as(summary.toString()).containsKeys(ours.toArray(String[]::new))
                .allSatisfy((key, covered) -> assertThat(covered).as(key + "\n" + summary).isGreaterThanOrEqualTo(REQUIRED));
    }

    /** Reports written by this test JVM only: an old report in target/ must not count. */
    private static List<Path> reportsOfThisRun() throws IOException {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        try (Stream<Path> files = Files.walk(REPORTS)) {
            return files.filter(p -> p.getFileName().toString().equals("report.json"))
                    .filter(p -> p.toFile().lastModified() >= started).toList();
        }
    }
}
