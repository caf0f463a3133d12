package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process coverage gate over the whole suite. camunda-process-test-coverage records each test class on its own
 * (target/process-test-coverage/CLASS/report.json) and can only assert per class; this test runs after every
 * other class of the shared context (class order in junit-platform.properties), combines the reports written in
 * this JVM with the library's own exporter, and fails when any catalogue process or shared step has less than
 * 90 % of its flow nodes passed. It writes the combined report to target/process-test-coverage/all/ (HTML and
 * JSON, the library's format) and a summary to target/process-coverage.txt.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest extends IntegrationTest {

    private static final double REQUIRED = 0.9;
    private static final Path REPORTS = Path.of(CoverageReportUtil.TARGET_DIR_ROOT);
    private static final String COMBINED = "all";

    @Autowired
    ServiceCatalog catalog;

    @Test
    void everyProcessHasAtLeastNinetyPercentOfItsFlowNodesCovered() throws IOException {
        String combined = combinedReportOfThisRun();
        CoverageReportUtil.writeReport(combined, true, REPORTS.resolve(COMBINED).toFile(), "report.html",
                CoverageReportUtil::generateHtml);
        CoverageReportUtil.writeReport(combined, false, REPORTS.resolve(COMBINED).toFile(), "report.json", r -> r);
        CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);

        Set<String> ours = catalog.services().stream().map(ServiceDefinition::processKey).collect(Collectors.toSet());
        ours.addAll(Set.of(ProcessIds.VERIFICATION, ProcessIds.REVIEW, ProcessIds.SIGNING,
                id.layanankecamatan.complaint.ComplaintIds.PROCESS));
        Map<String, Double> coverage = new TreeMap<>();
        StringBuilder summary = new StringBuilder();
        for (String key : new TreeSet<>(ours)) {
            Set<String> nodes = flowNodes(result, key);
            Set<String> passed = result.getSuites().stream().flatMap(s -> s.getEvents(key).stream())
                    .filter(e -> e.getSource() == EventSource.FLOW_NODE).map(Event::getDefinitionKey)
                    .collect(Collectors.toCollection(HashSet::new));
            passed.retainAll(nodes);
            double covered = nodes.isEmpty() ? 0 : (double) passed.size() / nodes.size();
            coverage.put(key, covered);
            Set<String> missed = new TreeSet<>(nodes);
            missed.removeAll(passed);
            summary.append("%-20s %5.1f %%  missed: %s%n".formatted(key, covered * 100,
                    nodes.isEmpty() ? "the whole process" : missed));
        }
        Files.writeString(Path.of("target/process-coverage.txt"), summary);
        assertThat(coverage).as(summary.toString()).allSatisfy((key, covered) ->
                assertThat(covered).as(key + "\n" + summary).isGreaterThanOrEqualTo(REQUIRED));
    }

    /** The library's per-class reports of this JVM only: reports left by an earlier build do not count. */
    private static String combinedReportOfThisRun() throws IOException {
        FileTime started = FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<String> reports;
        try (Stream<Path> dirs = Files.list(REPORTS)) {
            reports = dirs.filter(d -> !d.getFileName().toString().equals(COMBINED))
                    .map(d -> d.resolve("report.json")).filter(Files::isRegularFile)
                    .filter(f -> lastModified(f).compareTo(started) >= 0)
                    .map(ProcessCoverageTest::read).toList();
        }
        assertThat(reports).as("coverage reports of the other test classes in " + REPORTS).isNotEmpty();
        return reports.stream().reduce(CoverageStateJsonExporter::combineCoverageStateResults).orElseThrow();
    }

    /**
     * All flow nodes of a process, read from the BPMN the library stored with its report; none when no test
     * passed through the process at all (it then counts as 0 %).
     */
    private static Set<String> flowNodes(CoverageStateResult result, String key) {
        Model model = result.getModels().stream().filter(m -> m.getKey().equals(key)).findFirst().orElse(null);
        if (model == null) {
            return Set.of();
        }
        return Bpmn.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
