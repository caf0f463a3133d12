package id.layanankecamatan.catalog;

import id.layanankecamatan.calendar.WorkingDuration;
import id.layanankecamatan.security.StaffGroups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One staff step of a service (verify, review, sign, or a service's own such as confirm-original), all it needs in
 * one record: the Camunda {@code groups} that may claim it, the Camunda Form it shows, the office time it may take
 * ({@code due}, the task's due date in Tasklist) and who is told when it is late: the first of {@code escalation}
 * when it is due, the second one working day later (default: the sekcam, then the camat).
 */
public record ServiceStep(@NotEmpty List<@NotBlank String> groups, @NotBlank String form, @NotNull WorkingDuration due,
                          List<@NotBlank String> escalation) {

    public static final List<String> DEFAULT_ESCALATION = List.of(StaffGroups.SEKCAM, StaffGroups.CAMAT);

    public ServiceStep {
        groups = groups == null ? List.of() : groups.stream().map(String::strip).toList();
        escalation = escalation == null || escalation.isEmpty() ? DEFAULT_ESCALATION
                : escalation.stream().map(String::strip).toList();
    }

    /** Who is told at escalation {@code level} (1: when due, 2: a working day later); the last one beyond. */
    public String escalationGroup(int level) {
        return escalation.get(Math.min(Math.max(level, 1), escalation.size()) - 1);
    }
}
