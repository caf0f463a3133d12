package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.catalog.ServiceDefinition.ProcessShape;
import id.layanankecamatan.support.CatalogueFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service diagrams are copies of one shape, held to one copy of it (issue 11): the deadline watch is the same
 * event subprocess in every service, and a service whose catalogue entry does not say {@code process-shape: own}
 * has exactly the standard service process. Both live in {@link #STANDARD}, which is not deployed; change the
 * shared shape there and in the diagrams together.
 */
class ProcessShapesTest {

    static final Path STANDARD = Path.of("src/test/resources/process-shapes/standard-service.bpmn");
    private static DiagramShape standard;
    private static final Map<String, DiagramShape> DIAGRAMS = new HashMap<>();
    private static Collection<ServiceDefinition> services;

    @BeforeAll
    static void readDiagrams() throws IOException {
        standard = read(STANDARD);
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                DiagramShape diagram = read(file);
                DIAGRAMS.put(diagram.processId(), diagram);
            }
        }
        services = CatalogueFile.services();
    }

    @Test
    void everyServiceWatchesItsCompletionTimeWithTheSharedDeadlineWatch() {
        List<String> problems = new ArrayList<>();
        for (ServiceDefinition service : services) {
            problems.addAll(DiagramShape.differences(where(service), standard.deadlineWatch(),
                    diagramOf(service).deadlineWatch()));
        }
        assertThat(problems).as("Deadline watches that are not the one in %s (element '%s'); change it there and in "
                + "every service diagram alike", STANDARD, DiagramShape.DEADLINE_WATCH).isEmpty();
    }

    @Test
    void aStandardServiceHasTheStandardProcessShape() {
        List<String> problems = new ArrayList<>();
        for (ServiceDefinition service : services) {
            if (service.processShape() == ProcessShape.STANDARD) {
                problems.addAll(DiagramShape.differences(where(service), standard.mainFlow(),
                        diagramOf(service).mainFlow()));
            }
        }
        assertThat(problems).as("Diagrams that depart from the standard service process in %s; make them match "
                + "again, or declare the difference with 'process-shape: own' next to the service's process-key in "
                + "catalog.yaml", STANDARD).isEmpty();
    }

    @Test
    void aServiceDeclaringItsOwnShapeHasOne() {
        // a stale declaration would let a later, unintended departure through unnoticed
        assertThat(services.stream().filter(s -> s.processShape() == ProcessShape.OWN)
                .filter(s -> DiagramShape.differences("", standard.mainFlow(), diagramOf(s).mainFlow()).isEmpty())
                .map(ServiceDefinition::code))
                .as("services that declare 'process-shape: own' but have the standard shape; remove the declaration")
                .isEmpty();
    }

    @Test
    void aChangedTimerInOneDeadlineWatchIsNamed() throws IOException {
        String changed = Files.readString(STANDARD).replace("${deadlines.nextCompletionCheck(execution)}", "PT1H");

        assertThat(DiagramShape.differences("x", standard.deadlineWatch(), DiagramShape.parse(changed).deadlineWatch()))
                .containsExactly("x: element 'overall_deadline_wait' differs: expected "
                        + "'timeDate xsi:type=\"bpmn:tFormalExpression\" = ${deadlines.nextCompletionCheck(execution)}', "
                        + "found 'timeDate xsi:type=\"bpmn:tFormalExpression\" = PT1H'");
    }

    @Test
    void aWatchPlacedElsewhereIsTheSameButOneOfItsShapesMovedAloneIsNot() throws IOException {
        String template = Files.readString(STANDARD);
        // the watch is drawn between y=500 and y=800, the main flow above it
        String watchLower = template.replaceAll("y=\"([5-7][0-9][0-9])\"", "y=\"1$1\"");
        String waitLower = template.replace("<dc:Bounds x=\"412\" y=\"669\"", "<dc:Bounds x=\"412\" y=\"679\"");

        assertThat(DiagramShape.differences("x", standard.deadlineWatch(),
                DiagramShape.parse(watchLower).deadlineWatch())).isEmpty();
        assertThat(DiagramShape.differences("x", standard.deadlineWatch(),
                DiagramShape.parse(waitLower).deadlineWatch())).containsExactly("x: element 'overall_deadline_wait' differs: "
                + "expected 'dc:Bounds x=262 y=150 height=\"36\" width=\"36\"', "
                + "found 'dc:Bounds x=262 y=160 height=\"36\" width=\"36\"'");
    }

    private static DiagramShape diagramOf(ServiceDefinition service) {
        DiagramShape diagram = DIAGRAMS.get(service.processKey());
        assertThat(diagram).as("%s: a diagram in processes/ whose process id is '%s'", service.code(),
                service.processKey()).isNotNull();
        return diagram;
    }

    private static String where(ServiceDefinition service) {
        return service.code() + " (process " + service.processKey() + ")";
    }

    private static DiagramShape read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DiagramShape.read(in);
        }
    }
}
