package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process coverage gate: after all other tests of the shared context ran (class order set in
 * junit-platform.properties), every process must have had at least 90 % of its flow nodes passed, read from
 * the engine's full history. The report is written to target/process-coverage.txt.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest extends IntegrationTest {

    private static final double REQUIRED = 0.9;

    @Autowired
    ServiceCatalog catalog;

    @Test
    void everyProcessHasAtLeastNinetyPercentOfItsFlowNodesCovered() throws IOException {
        Map<String, Double> coverage = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        Set<String> ours = catalog.services().stream().map(ServiceDefinition::processKey).collect(Collectors.toSet());
        ours.addAll(Set.of(ProcessIds.VERIFICATION, ProcessIds.REVIEW, ProcessIds.SIGNING));
        for (ProcessDefinition definition : processEngine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().orderByProcessDefinitionKey().asc().list()) {
            if (!ours.contains(definition.getKey())) {
                continue; // e.g. the extra service of AddingAServiceTest, deployed from test resources
            }
            Set<String> nodes = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
            Set<String> passed = new HashSet<>();
            processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
            passed.retainAll(nodes);
            double covered = (double) passed.size() / nodes.size();
            coverage.put(definition.getKey(), covered);
            Set<String> missed = new HashSet<>(nodes);
            missed.removeAll(passed);
            report.append("%-20s %5.1f %%  missed: %s%n".formatted(definition.getKey(), covered * 100, missed));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/process-coverage.txt"), report);
        assertThat(coverage).as(report.toString()).containsKeys(ours.toArray(String[]::new))
                .allSatisfy((key, covered) -> assertThat(covered).as(key + "\n" + report).isGreaterThanOrEqualTo(REQUIRED));
    }
}
