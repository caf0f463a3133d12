package id.layanankecamatan.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.workflow.ProcessIds;

/**
 * The body Tasklist posts to {@code /engine-rest/task/{id}/complete} for a decision task, with the variable names of
 * {@link ProcessIds} and a decision of {@link id.layanankecamatan.workflow.StaffDecision}.
 */
public final class TaskCompletion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskCompletion() {
    }

    public static String json(String decision) {
        return json(decision, null);
    }

    /** With the note for the citizen, when there is one. */
    public static String json(String decision, String note) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject(ProcessIds.VAR_DECISION).put("value", decision);
        if (note != null) {
            variables.putObject(ProcessIds.VAR_NOTE).put("value", note);
        }
        return body.toString();
    }
}
