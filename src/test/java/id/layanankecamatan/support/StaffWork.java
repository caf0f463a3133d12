package id.layanankecamatan.support;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.workflow.ProcessIds;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/** Staff work straight on the engine, as Tasklist does it: claim, complete logged in with the user's groups. */
public final class StaffWork {

    private StaffWork() {
    }

    public static Task task(ProcessEngine engine, String registrationNumber, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(registrationNumber)
                .taskDefinitionKey(step).singleResult();
    }

    /**
     * Claims and completes the step as {@code user}, then runs the application's asynchronous steps that follow. A
     * letter is signed only once its draft is initialled: asked for the signature, the parafs the catalogue names
     * for the service are given first ({@link Parafs}).
     */
    public static void complete(ProcessEngine engine, String registrationNumber, String step, String user,
                                Map<String, Object> variables) {
        if (ProcessIds.TASK_SIGN.equals(step)) {
            Parafs.giveAll(engine, registrationNumber);
        }
        Task task = task(engine, registrationNumber, step);
        IdentityService identity = engine.getIdentityService();
        engine.getTaskService().claim(task.getId(), user);
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        Jobs.runDue(engine, registrationNumber);
    }

    /** The front office finds the application complete: it waits for the signature (status VERIFIED). */
    public static void verified(ProcessEngine engine, String registrationNumber) {
        Jobs.runDue(engine, registrationNumber);
        complete(engine, registrationNumber, "task_verify_application", "petugas", Map.of("decision", "accept"));
    }

    /** Accepted, initialled and signed by the camat: the letter is issued (status ISSUED). */
    public static void signed(ProcessEngine engine, String registrationNumber) {
        verified(engine, registrationNumber);
        complete(engine, registrationNumber, ProcessIds.TASK_SIGN, "camat", Map.of("decision", "sign"));
    }

    /** The item of an SLA list (dashboard, report) that belongs to the application. */
    public static JsonNode item(JsonNode items, String registrationNumber) {
        for (JsonNode item : items) {
            if (item.get("registrationNumber").asText().equals(registrationNumber)) {
                return item;
            }
        }
        throw new AssertionError(registrationNumber + " not in " + items);
    }
}
