package id.layanankecamatan.sla;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.notify.StaffMail;
import id.layanankecamatan.notify.StaffNotice;
import id.layanankecamatan.web.IndonesianDates;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the boundary timers on staff tasks do: remind whoever holds the task at 75 % of its time, and when it is
 * due, record the breach (once) and tell the supervisors: by default the sekcam first, the camat when it is still
 * open a working day later (each step's {@code escalation} in the catalogue). Each is a bean named in the BPMN
 * ({@code ${slaReminder}}, {@code ${slaEscalation}}); the input {@code level} says which escalation it is (1 or 2)
 * and {@code group} who is told ({@code ${routing.escalation(execution, 'verify', 1)}}).
 */
@Component
public class SlaAlerts {

    /** How the alerts name what is late: an application's step, or a complaint's (complaint.ComplaintAlerts). */
    public record Wording(ReminderText reminder, OverdueText overdue) {
    }

    public interface ReminderText {
        StaffNotice.Filled of(String number, String step, String due);
    }

    public interface OverdueText {
        StaffNotice.Filled of(String number, String step, String due, String assignee, List<String> groups);
    }

    /** The letter services' steps. */
    public static final Wording APPLICATION = new Wording(StaffNotice::stepReminder, StaffNotice::stepOverdue);

    private final SlaSteps steps;
    private final StaffMail mail;
    private final IndonesianDates dates;
    private final OfficeClock clock;

    public SlaAlerts(SlaSteps steps, StaffMail mail, IndonesianDates dates, OfficeClock clock) {
        this.steps = steps;
        this.mail = mail;
        this.dates = dates;
        this.clock = clock;
    }

    /** Reminds the assignee, or the task's groups while nobody has claimed it; once per task. */
    public void remind(DelegateExecution execution) {
        remind(execution, APPLICATION);
    }

    public void remind(DelegateExecution execution, Wording wording) {
        OffsetDateTime now = clock.now();
        for (Task task : openTasks(execution)) {
            if (!steps.reminded(task.getId(), now)) {
                continue;
            }
            StaffNotice.Filled reminder = wording.reminder().of(execution.getProcessBusinessKey(), task.getName(),
                    dates.zoned(clock.local(task.getDueDate())));
            if (task.getAssignee() != null) {
                mail.toUser(task.getAssignee(), reminder);
            } else {
                mail.toGroups(candidateGroups(execution, task), reminder);
            }
        }
    }

    /** Records the breach exactly once and tells {@code group}; the first level is told only at the breach. */
    public void escalate(DelegateExecution execution, int level, String group) {
        escalate(execution, level, group, APPLICATION);
    }

    public void escalate(DelegateExecution execution, int level, String group, Wording wording) {
        OffsetDateTime now = clock.now();
        for (Task task : openTasks(execution)) {
            boolean first = steps.breached(task.getId(), now);
            if (!first && level == 1) {
                continue;
            }
            mail.toGroups(List.of(group), wording.overdue().of(execution.getProcessBusinessKey(), task.getName(),
                    dates.zoned(clock.local(task.getDueDate())), task.getAssignee(), candidateGroups(execution, task)));
        }
    }

    private static List<Task> openTasks(DelegateExecution execution) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).active().list();
    }

    private static List<String> candidateGroups(DelegateExecution execution, Task task) {
        return execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).sorted().toList();
    }

    /** BPMN: the reminder timer's service task. */
    @Component("slaReminder")
    public static class Reminder implements JavaDelegate {
        private final SlaAlerts alerts;

        public Reminder(SlaAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            alerts.remind(execution);
        }
    }

    /** BPMN: the escalation timers' service tasks; input parameters {@code level} (1, 2) and {@code group}. */
    @Component("slaEscalation")
    public static class Escalation implements JavaDelegate {
        private final SlaAlerts alerts;

        public Escalation(SlaAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            EscalationInput input = EscalationInput.of(execution);
            alerts.escalate(execution, input.level(), input.group());
        }
    }

    /** The escalation task's input parameters: which escalation ({@code level} 1, 2) and the {@code group} told. */
    public record EscalationInput(int level, String group) {
        public static EscalationInput of(DelegateExecution execution) {
            Object level = execution.getVariableLocal("level");
            Object group = execution.getVariableLocal("group");
            if (level == null || group == null) {
                throw new IllegalStateException("The escalation at " + execution.getCurrentActivityId()
                        + " needs the input parameters 'level' and 'group'");
            }
            return new EscalationInput(Integer.parseInt(level.toString()), group.toString());
        }
    }
}
