package id.layanankecamatan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.security.StaffGroups;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Everything the catalogue implies about the deployed processes, checked once the engine has deployed them, with
 * one line per problem: every step a user task or timer of a service's process (and the shared steps it calls)
 * asks for has a record, and every record is used; a user task asks for its groups, form and due time by one step
 * name; every group a step is routed or escalated to is an office group; every form is deployed with the process
 * that shows it (formRefBinding "deployment") and the verification form has an input for every service field.
 * A service closed to new applications says what to do instead, and a field's legal rule points at a field it can
 * use (a minimum age on a NIK, counted on a date field; a lead time on a date).
 * A mistake here would otherwise only show at the desk: an empty task in Tasklist, a task nobody can claim.
 * (Letter templates check their own placeholders: {@code LetterTemplates}.)
 */
@Component
public class CatalogCheck implements SmartInitializingSingleton {

    /** The verification step, whose form must let the officer correct every service field. */
    static final String VERIFY = "verify";
    /**
     * Variable names the processes and the staff forms already use: a service field (a form key) named like one
     * would overwrite it.
     */
    static final Set<String> RESERVED = Set.of("serviceCode", "decision", "note", "signedBy", "correctionDue",
            "overallPassed", "level", "group", "registrationNumber", "serviceName", "submittedAt", "applicantNik",
            "applicantName", "applicantAddress", "purpose", "contact", "detailsText", "documentLinks", "historyText",
            "deadlineText", "letterPreviewLink", "applicantDataLink");

    /**
     * How a process asks the catalogue about a step: {@code ${forms.of(execution, 'verify')}} and its siblings, or,
     * in the paraf step called once per paraf step, with the variable {@code parafStep} (group 3).
     */
    static final Pattern STEP_REFERENCE = Pattern.compile(
            "\\$\\{(forms\\.of|routing\\.candidates|routing\\.escalation|deadlines\\.(?:task|reminder|overdue))"
                    + "\\((?:execution|task), *(?:(?:'|&#39;)([a-z0-9-]+)(?:'|&#39;)|(parafStep))");

    private final ServiceCatalog catalog;
    private final RepositoryService repository;
    private final CommandExecutor commands;
    private final ObjectMapper json;
    private final Map<String, Map<String, JsonNode>> formsByDeployment = new ConcurrentHashMap<>();
    private final Map<String, ProcessXml> processXmls = new ConcurrentHashMap<>();

    public CatalogCheck(ServiceCatalog catalog, ProcessEngine engine, ObjectMapper json) {
        this.catalog = catalog;
        this.repository = engine.getRepositoryService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>(groupProblems());
        catalog.services().forEach(s -> problems.addAll(problems(s)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The service catalogue does not match the deployed processes:\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** Steps may be routed and escalated only to the office's groups, and the groups the code names must be there. */
    List<String> groupProblems() {
        List<String> problems = new ArrayList<>();
        StaffGroups.OFFICE.stream().filter(g -> !catalog.groups().containsKey(g)).forEach(g -> problems.add(
                "groups: the office group '" + g + "' is missing"));
        for (ServiceDefinition service : catalog.services()) {
            service.steps().forEach((name, step) -> {
                step.groups().stream().filter(g -> !catalog.groups().containsKey(g)).forEach(g -> problems.add(
                        service.code() + ": step '" + name + "' is routed to '" + g + "', which is not an office group"));
                step.escalation().stream().filter(g -> !catalog.groups().containsKey(g)).forEach(g -> problems.add(
                        service.code() + ": step '" + name + "' escalates to '" + g + "', which is not an office group"));
            });
        }
        return problems;
    }

    /** Everything wrong with one service; empty when its catalogue entry and its processes agree. */
    public List<String> problems(ServiceDefinition service) {
        List<String> problems = new ArrayList<>();
        ProcessDefinition main = latest(service.processKey());
        if (main == null) {
            return List.of(service.code() + ": process '" + service.processKey() + "' is not deployed");
        }
        Set<String> usedSteps = new HashSet<>();
        Map<String, JsonNode> usedForms = new HashMap<>();
        for (ProcessDefinition definition : withCalledProcesses(main, service, problems)) {
            ProcessXml xml = processXml(definition);
            usedSteps.addAll(stepsAskedFor(definition, xml, service, problems));
            Map<String, JsonNode> deployed = deployedForms(definition.getDeploymentId());
            for (ProcessXml.UserTask task : xml.userTasks()) {
                String where = service.code() + ": " + definition.getKey() + "/" + task.id();
                for (String form : formsOf(task, service, where, problems)) {
                    usedForms.put(form, deployed.get(form));
                    if (!deployed.containsKey(form)) {
                        problems.add(where + " shows form '" + form + "', which is not deployed with " + definition.getKey());
                    }
                }
            }
        }
        service.steps().keySet().stream().filter(step -> !usedSteps.contains(step)).forEach(step -> problems.add(
                service.code() + ": step '" + step + "' has a record, but no task of its process or the steps it "
                        + "calls asks for it"));
        service.fields().stream().filter(f -> RESERVED.contains(f.code())).forEach(f -> problems.add(service.code()
                + ": field '" + f.code() + "' is named like a variable the processes or staff forms use; rename it"));
        problems.addAll(ruleProblems(service));
        ServiceStep verify = service.steps().get(VERIFY);
        JsonNode verifyForm = verify == null ? null : usedForms.get(verify.form());
        if (verifyForm != null) {
            problems.addAll(missingInputs(service, verifyForm));
        }
        return problems;
    }

    /** A closed service without its note, or a field rule that cannot be applied to the field it is on. */
    static List<String> ruleProblems(ServiceDefinition service) {
        List<String> problems = new ArrayList<>();
        if (!service.acceptingApplications() && (service.closedNote() == null || service.closedNote().isBlank())) {
            problems.add(service.code() + ": accepting-applications is false, so closed-note must tell citizens what "
                    + "to do instead");
        }
        for (FieldDefinition field : service.fields()) {
            FieldDefinition.MinimumAge age = field.minimumAge();
            if (age != null && field.type() != FieldDefinition.Type.NIK) {
                problems.add(service.code() + ": field '" + field.code() + "' has a minimum-age but is not a NIK");
            }
            if (age != null && service.fields().stream().noneMatch(f -> f.code().equals(age.onDate())
                    && f.type() == FieldDefinition.Type.DATE)) {
                problems.add(service.code() + ": field '" + field.code() + "' counts its minimum-age on '" + age.onDate()
                        + "', which is not a date field of the service");
            }
            if (field.leadTime() != null && field.type() != FieldDefinition.Type.DATE) {
                problems.add(service.code() + ": field '" + field.code() + "' has a lead-time but is not a date");
            }
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

    /** The steps a process asks the catalogue about (forms, groups, due times, escalation), each with a record. */
    private static Set<String> stepsAskedFor(ProcessDefinition definition, ProcessXml xml, ServiceDefinition service,
                                             List<String> problems) {
        Set<String> asked = new TreeSet<>();
        Matcher reference = STEP_REFERENCE.matcher(xml.text());
        while (reference.find()) {
            if (reference.group(3) != null) {
                asked.addAll(service.parafSteps());
            } else {
                asked.add(reference.group(2));
            }
        }
        asked.stream().filter(step -> !service.steps().containsKey(step)).forEach(step -> problems.add(service.code()
                + ": " + definition.getKey() + " asks the catalogue about step '" + step + "', which has no record"));
        return asked;
    }

    /**
     * The form ids the task shows for this service (one, or one per paraf step), empty (with a problem) when there
     * is none. A task that takes its form from a step must take its groups and due time from the same step.
     */
    private static List<String> formsOf(ProcessXml.UserTask task, ServiceDefinition service, String where,
                                        List<String> problems) {
        String ref = task.formRef();
        if (ref == null) {
            problems.add(where + " has no camunda:formRef");
            return List.of();
        }
        Matcher fromCatalogue = STEP_REFERENCE.matcher(ref);
        if (fromCatalogue.lookingAt() && fromCatalogue.group(1).equals("forms.of")) {
            String step = fromCatalogue.group(2) != null ? "'" + fromCatalogue.group(2) + "'" : fromCatalogue.group(3);
            sameStep(task.candidateGroups(), "routing.candidates", step, where + " (groups)", problems);
            sameStep(task.dueDate(), "deadlines.task", step, where + " (due date)", problems);
            List<String> steps = fromCatalogue.group(2) != null ? List.of(fromCatalogue.group(2)) : service.parafSteps();
            return steps.stream().map(service.steps()::get).filter(Objects::nonNull).map(ServiceStep::form).toList();
        }
        if (service.steps().values().stream().noneMatch(step -> step.form().equals(ref))) {
            problems.add(where + " shows form '" + ref + "', which the catalogue does not name");
        }
        return List.of(ref);
    }

    /** {@code step}: a quoted step name, or the variable that holds it. */
    private static void sameStep(String expression, String function, String step, String where, List<String> problems) {
        Matcher reference = expression == null ? null : STEP_REFERENCE.matcher(expression);
        boolean same = reference != null && reference.lookingAt() && reference.group(1).equals(function)
                && step.equals(reference.group(2) != null ? "'" + reference.group(2) + "'" : reference.group(3));
        if (!same) {
            problems.add(where + " must be ${" + function + "(execution, " + step + ")}, like its form");
        }
    }

    private List<ProcessDefinition> withCalledProcesses(ProcessDefinition main, ServiceDefinition service,
                                                        List<String> problems) {
        // the shared steps may call steps of their own (signing calls paraf): the whole tree, each process once
        Map<String, ProcessDefinition> all = new LinkedHashMap<>(Map.of(main.getKey(), main));
        Deque<ProcessDefinition> toRead = new ArrayDeque<>(List.of(main));
        while (!toRead.isEmpty()) {
            ProcessDefinition caller = toRead.pop();
            for (String calledElement : processXml(caller).calledElements()) {
                ProcessDefinition called = latest(calledElement);
                if (called == null) {
                    problems.add(service.code() + ": called process '" + calledElement + "' is not deployed");
                } else if (all.putIfAbsent(called.getKey(), called) == null) {
                    toRead.push(called);
                }
            }
        }
        return List.copyOf(all.values());
    }

    /** One deployed process's XML, read and parsed once per definition (the shared steps serve every service). */
    private ProcessXml processXml(ProcessDefinition definition) {
        return processXmls.computeIfAbsent(definition.getId(), id -> {
            // the resource as deployed: getProcessModel would parse the definition into the engine's cache first
            try (InputStream xml = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return ProcessXml.parse(xml.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The latest version of a process, read from its table: the engine's definition query parses each definition it
     * returns twice (into the engine's cache, and with the model API for its documentation), start time the check
     * need not spend; the engine parses a definition when it first runs it.
     */
    private ProcessDefinition latest(String key) {
        return commands.execute(context -> context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key));
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
