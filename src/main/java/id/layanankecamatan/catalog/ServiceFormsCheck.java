package id.layanankecamatan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The form ids a service names in the catalogue must be exactly the forms of the user tasks of its process and of
 * the shared steps it calls, each deployed with the process that shows it (formRefBinding "deployment"). Checked
 * once the engine has deployed everything; a mismatch stops the start with every problem named, because a wrong
 * form id would otherwise only show up as an empty task in Tasklist.
 */
@Component
public class ServiceFormsCheck implements SmartInitializingSingleton {

    /** A formRef taken from the catalogue: {@code ${forms.of(execution, 'verify')}}. */
    static final String VERIFY = "verify";
    /**
     * Variable names the processes and the staff forms already use: a service field (a form key) named like one
     * would overwrite it.
     */
    static final Set<String> RESERVED = Set.of("serviceCode", "decision", "note", "signedBy", "correctionDue",
            "overallPassed", "level", "registrationNumber", "serviceName", "submittedAt", "applicantNik",
            "applicantName", "applicantAddress", "purpose", "contact", "detailsText", "documentLinks", "historyText",
            "deadlineText", "letterPreviewLink", "applicantDataLink");

    static final Pattern FROM_CATALOGUE = Pattern.compile("\\$\\{forms\\.of\\((?:execution|task), *'([a-z0-9-]+)'\\)}");

    private final ServiceCatalog catalog;
    private final RepositoryService repository;
    private final ObjectMapper json;
    private final Map<String, Map<String, JsonNode>> formsByDeployment = new ConcurrentHashMap<>();

    public ServiceFormsCheck(ServiceCatalog catalog, RepositoryService repository, ObjectMapper json) {
        this.catalog = catalog;
        this.repository = repository;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = catalog.services().stream().flatMap(s -> problems(s).stream()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The catalogue's forms do not match the deployed processes:\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** Everything wrong with the forms of one service; empty when its catalogue entry and its processes agree. */
    public List<String> problems(ServiceDefinition service) {
        List<String> problems = new ArrayList<>();
        ProcessDefinition main = latest(service.processKey());
        if (main == null) {
            return List.of(service.code() + ": process '" + service.processKey() + "' is not deployed");
        }
        Set<String> usedSteps = new HashSet<>();
        Map<String, JsonNode> usedForms = new HashMap<>();
        for (ProcessDefinition definition : withCalledProcesses(main, service, problems)) {
            Map<String, JsonNode> deployed = deployedForms(definition.getDeploymentId());
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                String where = service.code() + ": " + definition.getKey() + "/" + task.getId();
                String form = formOf(task, service, where, usedSteps, problems);
                if (form != null) {
                    usedForms.put(form, deployed.get(form));
                    if (!deployed.containsKey(form)) {
                        problems.add(where + " shows form '" + form + "', which is not deployed with " + definition.getKey());
                    }
                }
            }
        }
        service.forms().forEach((step, form) -> {
            if (!usedSteps.contains(step) && !usedForms.containsKey(form)) {
                problems.add(service.code() + ": names form '" + form + "' for step '" + step
                        + "', which no user task of its process or the steps it calls shows");
            }
        });
        service.fields().stream().filter(f -> RESERVED.contains(f.code())).forEach(f -> problems.add(service.code()
                + ": field '" + f.code() + "' is named like a variable the processes or staff forms use; rename it"));
        JsonNode verifyForm = usedForms.get(service.forms().get(VERIFY));
        if (verifyForm != null) {
            problems.addAll(missingInputs(service, verifyForm));
        }
        return problems;
    }

    /**
     * The verification form must let the officer correct every service field (rows as a dynamic list with a
     * column for each column), or the officer could not complete the task with the data the validator asks for.
     */
    private static List<String> missingInputs(ServiceDefinition service, JsonNode form) {
        List<String> missing = new ArrayList<>();
        for (FieldDefinition field : service.fields()) {
            JsonNode input = input(form.path("components"), field);
            if (input == null) {
                missing.add(service.code() + ": form '" + form.path("id").asText() + "' has no input for field '"
                        + field.code() + "'");
            } else {
                field.columns().stream().filter(column -> input(input.path("components"), column) == null)
                        .forEach(column -> missing.add(service.code() + ": form '" + form.path("id").asText()
                                + "' has no input for column '" + column.code() + "' of '" + field.code() + "'"));
            }
        }
        return missing;
    }

    private static JsonNode input(JsonNode components, FieldDefinition field) {
        for (JsonNode component : components) {
            boolean rows = field.type() == FieldDefinition.Type.ROWS;
            if (rows ? "dynamiclist".equals(component.path("type").asText()) && field.code().equals(component.path("path").asText())
                    : field.code().equals(component.path("key").asText())) {
                return component;
            }
        }
        return null;
    }

    /** The form id the task shows for this service, or null (with a problem) when there is none. */
    private static String formOf(UserTask task, ServiceDefinition service, String where, Set<String> usedSteps,
                                 List<String> problems) {
        String ref = task.getCamundaFormRef();
        if (ref == null) {
            problems.add(where + " has no camunda:formRef");
            return null;
        }
        Matcher step = FROM_CATALOGUE.matcher(ref);
        if (step.matches()) {
            usedSteps.add(step.group(1));
            String form = service.forms().get(step.group(1));
            if (form == null) {
                problems.add(where + " asks the catalogue for the form of step '" + step.group(1) + "', which it does not name");
            }
            return form;
        }
        if (!service.forms().containsValue(ref)) {
            problems.add(where + " shows form '" + ref + "', which the catalogue does not name");
        }
        return ref;
    }

    private List<ProcessDefinition> withCalledProcesses(ProcessDefinition main, ServiceDefinition service,
                                                        List<String> problems) {
        List<ProcessDefinition> all = new ArrayList<>(List.of(main));
        for (CallActivity call : repository.getBpmnModelInstance(main.getId()).getModelElementsByType(CallActivity.class)) {
            ProcessDefinition called = latest(call.getCalledElement());
            if (called == null) {
                problems.add(service.code() + ": called process '" + call.getCalledElement() + "' is not deployed");
            } else {
                all.add(called);
            }
        }
        return all;
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** The Camunda Forms of one deployment by their id, read once. */
    public Map<String, JsonNode> deployedForms(String deploymentId) {
        return formsByDeployment.computeIfAbsent(deploymentId, id -> {
            Map<String, JsonNode> forms = new HashMap<>();
            for (String resource : repository.getDeploymentResourceNames(id)) {
                if (resource.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(id, resource)) {
                        JsonNode form = json.readTree(in);
                        forms.put(form.path("id").asText(), form);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return forms;
        });
    }
}
