package id.layanankecamatan.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What {@link CatalogCheck} reads of a deployed process: its text (for the step references in expressions), its
 * user tasks with the attributes that name a step, and the processes it calls. Read with a plain DOM parse: the
 * engine has validated the XML when it deployed it, and Camunda's model API would load and apply the BPMN schema
 * again, a good part of the application's start time.
 */
record ProcessXml(String text, List<UserTask> userTasks, List<String> calledElements) {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** A user task: {@code camunda:formRef}, {@code camunda:candidateGroups}, {@code camunda:dueDate}, null when absent. */
    record UserTask(String id, String formRef, String candidateGroups, String dueDate) {
    }

    static ProcessXml parse(byte[] xml) {
        Document document = document(xml);
        List<UserTask> tasks = new ArrayList<>();
        for (Element task : elements(document, "userTask")) {
            tasks.add(new UserTask(task.getAttribute("id"), camunda(task, "formRef"), camunda(task, "candidateGroups"),
                    camunda(task, "dueDate")));
        }
        List<String> called = new ArrayList<>();
        for (Element call : elements(document, "callActivity")) {
            called.add(call.getAttribute("calledElement"));
        }
        return new ProcessXml(new String(xml, StandardCharsets.UTF_8), List.copyOf(tasks), List.copyOf(called));
    }

    private static String camunda(Element element, String attribute) {
        return element.hasAttributeNS(CAMUNDA, attribute) ? element.getAttributeNS(CAMUNDA, attribute) : null;
    }

    private static List<Element> elements(Document document, String bpmnName) {
        NodeList nodes = document.getElementsByTagNameNS(BPMN, bpmnName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("a deployed process is not readable XML", e);
        }
    }
}
