package id.layanankecamatan.workflow;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A service diagram reduced to what makes its shape, for comparing diagrams that are meant to be copies: each
 * element by id, written out with every attribute, extension element (listeners, inputs, called element bindings),
 * timer and condition expression and error reference, and everything nested in it. Documentation is prose and the
 * process's own id and name belong to the service, so they are left out; an id that starts with the process id
 * (e.g. {@code sku_review}) is compared without it. The main flow's layout is the service's own; the deadline
 * watch's layout is compared relative to the watch, so that it looks the same wherever a diagram places it.
 */
final class DiagramShape {

    static final String DEADLINE_WATCH = "overall_deadline_watch";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private final Element definitions;
    private final Element process;
    private final String processId;

    private DiagramShape(Document document) {
        this.definitions = document.getDocumentElement();
        this.process = children(definitions).stream().filter(e -> isBpmn(e, "process")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The diagram has no bpmn:process"));
        this.processId = process.getAttribute("id");
    }

    /** Read (and checked against the BPMN schema) by the model API the engine uses. */
    static DiagramShape read(InputStream bpmn) {
        return new DiagramShape((Document) Bpmn.readModelFromStream(bpmn).getDocument().getDomSource().getNode());
    }

    static DiagramShape parse(String bpmn) {
        return read(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
    }

    String processId() {
        return processId;
    }

    /** The process outside the deadline watch: its attributes, its elements, and the errors and messages they use. */
    Map<String, String> mainFlow() {
        Map<String, String> shape = new LinkedHashMap<>();
        shape.put("(process)", "process" + attributes(process, Set.of("id", "name")));
        for (Element child : children(process)) {
            if (!isBpmn(child, "documentation") && !DEADLINE_WATCH.equals(child.getAttribute("id"))) {
                shape.put(keyOf(child), render(child, null));
            }
        }
        for (Element root : children(definitions)) {
            if (!isBpmn(root, "process") && !BPMNDI.equals(root.getNamespaceURI())) {
                shape.put(keyOf(root), render(root, null));
            }
        }
        return shape;
    }

    /** The deadline watch and each element in it, with its layout relative to the watch; empty when there is none. */
    Map<String, String> deadlineWatch() {
        Map<String, String> shape = new LinkedHashMap<>();
        Element watch = children(process).stream().filter(e -> DEADLINE_WATCH.equals(e.getAttribute("id")))
                .findFirst().orElse(null);
        if (watch == null) {
            return shape;
        }
        shape.put(DEADLINE_WATCH, name(watch) + attributes(watch, Set.of()));
        for (Element child : children(watch)) {
            if (!isBpmn(child, "documentation")) {
                shape.put(keyOf(child), render(child, null));
            }
        }
        Map<String, Element> layout = layoutByElement();
        Element watchBounds = layout.containsKey(DEADLINE_WATCH) ? child(layout.get(DEADLINE_WATCH), "Bounds") : null;
        BigDecimal[] origin = watchBounds == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}
                : new BigDecimal[] {new BigDecimal(watchBounds.getAttribute("x")), new BigDecimal(watchBounds.getAttribute("y"))};
        shape.replaceAll((id, text) -> text + "\n" + (layout.containsKey(id)
                ? render(layout.get(id), origin) : "(not drawn)"));
        return shape;
    }

    /**
     * Where {@code actual} departs from {@code expected}, one line per element that is missing, added or different,
     * naming the element and, for a difference, the first line that differs.
     */
    static List<String> differences(String where, Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        for (String id : ids) {
            String want = expected.get(id);
            String have = actual.get(id);
            if (have == null) {
                differences.add(where + ": element '" + id + "' is missing (" + firstLine(want) + ")");
            } else if (want == null) {
                differences.add(where + ": element '" + id + "' is not in the shared shape (" + firstLine(have) + ")");
            } else if (!want.equals(have)) {
                String[] wanted = want.split("\n");
                String[] had = have.split("\n");
                int line = 0;
                while (line < Math.min(wanted.length, had.length) && wanted[line].equals(had[line])) {
                    line++;
                }
                differences.add(where + ": element '" + id + "' differs: expected '"
                        + (line < wanted.length ? wanted[line].strip() : "(nothing more)") + "', found '"
                        + (line < had.length ? had[line].strip() : "(nothing more)") + "'");
            }
        }
        return differences;
    }

    private Map<String, Element> layoutByElement() {
        Map<String, Element> layout = new LinkedHashMap<>();
        for (Element diagram : children(definitions)) {
            if (BPMNDI.equals(diagram.getNamespaceURI())) {
                for (Element plane : children(diagram)) {
                    children(plane).forEach(drawn -> layout.put(normalised(drawn.getAttribute("bpmnElement")), drawn));
                }
            }
        }
        return layout;
    }

    /** One element and everything in it, one line each, indented; coordinates relative to {@code origin} if given. */
    private String render(Element element, BigDecimal[] origin) {
        StringBuilder out = new StringBuilder();
        render(element, origin, 0, out);
        return out.toString().stripTrailing();
    }

    private void render(Element element, BigDecimal[] origin, int depth, StringBuilder out) {
        Set<String> ignored = BPMNDI.equals(element.getNamespaceURI()) ? Set.of("id", "bpmnElement") : Set.of();
        out.append("  ".repeat(depth)).append(name(element)).append(coordinates(element, origin, ignored));
        List<Element> children = children(element);
        if (children.isEmpty() && !element.getTextContent().isBlank()) {
            out.append(" = ").append(normalised(element.getTextContent().strip()));
        }
        out.append('\n');
        for (Element child : children) {
            if (!isBpmn(child, "documentation")) {
                render(child, origin, depth + 1, out);
            }
        }
    }

    /** The attributes, with a position (x, y of bounds and waypoints) relative to {@code origin} if one is given. */
    private String coordinates(Element element, BigDecimal[] origin, Set<String> ignored) {
        if (origin == null || !Set.of("Bounds", "waypoint").contains(element.getLocalName())) {
            return attributes(element, ignored);
        }
        return " x=" + new BigDecimal(element.getAttribute("x")).subtract(origin[0]).toPlainString()
                + " y=" + new BigDecimal(element.getAttribute("y")).subtract(origin[1]).toPlainString()
                + attributes(element, Set.of("x", "y"));
    }

    /** The attributes in name order, namespace declarations and {@code ignored} left out. */
    private String attributes(Element element, Set<String> ignored) {
        Map<String, String> sorted = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLNS.equals(attribute.getNamespaceURI()) && !ignored.contains(attribute.getName())) {
                sorted.put(attribute.getName(), normalised(attribute.getValue()));
            }
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        return out.toString();
    }

    private String normalised(String value) {
        return value.startsWith(processId + "_") ? "{process}_" + value.substring(processId.length() + 1) : value;
    }

    private String keyOf(Element element) {
        String id = element.getAttribute("id");
        return id.isEmpty() ? "(" + name(element) + ")" : normalised(id);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static String name(Element element) {
        return BPMN.equals(element.getNamespaceURI()) ? element.getLocalName() : element.getTagName();
    }

    private static boolean isBpmn(Element element, String localName) {
        return BPMN.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    private static Element child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
