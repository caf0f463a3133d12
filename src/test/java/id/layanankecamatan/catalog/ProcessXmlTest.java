package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The catalogue check reads the processes without Camunda's model API, and must read what the model API reads. */
@Tag("fast")
class ProcessXmlTest {

    @Test
    void everyDeployedProcessReadsAsTheModelApiReadsIt() throws IOException {
        List<Path> diagrams;
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            diagrams = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(diagrams).hasSizeGreaterThan(10);
        for (Path diagram : diagrams) {
            BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
            ProcessXml xml = ProcessXml.parse(Files.readAllBytes(diagram));

            assertThat(xml.userTasks()).as(diagram.toString()).containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(UserTask.class).stream().map(t -> new ProcessXml.UserTask(t.getId(),
                            t.getCamundaFormRef(), t.getCamundaCandidateGroups(), t.getCamundaDueDate())).toList());
            assertThat(xml.calledElements()).as(diagram.toString()).containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement).toList());
            assertThat(xml.text()).isEqualTo(Files.readString(diagram));
        }
    }

    @Test
    void anAttributeThatIsNotThereIsNullAndATaskInASubProcessCounts() {
        String diagram = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="p" isExecutable="true">
                    <userTask id="plain" />
                    <subProcess id="sub">
                      <userTask id="inner" camunda:formRef="${forms.of(execution, 'verify')}" camunda:dueDate="PT1H" />
                      <callActivity id="call" calledElement="signing" />
                    </subProcess>
                  </process>
                </definitions>""";

        ProcessXml xml = ProcessXml.parse(diagram.getBytes(StandardCharsets.UTF_8));

        assertThat(xml.userTasks()).containsExactly(new ProcessXml.UserTask("plain", null, null, null),
                new ProcessXml.UserTask("inner", "${forms.of(execution, 'verify')}", null, "PT1H"));
        assertThat(xml.calledElements()).containsExactly("signing");
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String diagram = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>";

        assertThatThrownBy(() -> ProcessXml.parse(diagram.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
