package id.layanankecamatan.sla;

import java.time.OffsetDateTime;

/** One staff step of one application, as the service-level record keeps it. */
public record SlaStep(String taskId, String registrationNumber, String serviceCode, String processInstanceId,
                      String step, String stepName, String candidateGroups, OffsetDateTime startedAt,
                      OffsetDateTime dueAt, String assignee, OffsetDateTime completedAt, String completedBy, String outcome,
                      OffsetDateTime breachedAt) {

    public boolean open() {
        return completedAt == null && outcome == null;
    }
}
