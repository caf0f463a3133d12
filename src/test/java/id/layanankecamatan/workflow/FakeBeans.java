package id.layanankecamatan.workflow;

import id.layanankecamatan.security.StaffGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A test double for every bean the BPMN in processes/ names, for the engine-only path tests. The edges (our tables,
 * mail, PDF) are replaced by recorders; the catalogue beans answer with values that name the step asked for, so a
 * test sees which step a diagram asks about. What the real beans compute is tested with the whole application.
 */
public final class FakeBeans {

    /** When every process of a test starts, in the engine's clock; the fake deadlines count from here. */
    static final Instant START = Instant.parse("2031-03-03T02:00:00Z");
    /** The correction deadline the fake decision listener sets on a return. */
    static final Date CORRECTION_DUE = Date.from(START.plus(Duration.ofDays(14)));
    /** The reminder of that deadline the fake decision listener sets beside it. */
    static final Date CORRECTION_REMINDER = Date.from(START.plus(Duration.ofDays(10)));
    /** What a reminder adds to {@link #alerts}; an escalation adds the group it tells. */
    static final String REMINDED = "reminded";

    final Routing routing = new Routing();
    final Forms forms = new Forms();
    final Deadlines deadlines = new Deadlines();
    final ApplicationDetails applicationDetails = new ApplicationDetails();
    final OverallDeadline overallDeadline = new OverallDeadline();
    final List<String> notifications = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();
    final List<String> decisions = new ArrayList<>();
    final List<String> issuedLetters = new ArrayList<>();
    final List<String> closedApplications = new ArrayList<>();

    /** Registers every bean under the name the BPMN uses, for the current thread. */
    void register() {
        Mocks.register("routing", routing);
        Mocks.register("forms", forms);
        Mocks.register("deadlines", deadlines);
        Mocks.register("applicationDetails", applicationDetails);
        Mocks.register("overallDeadline", overallDeadline);
        Mocks.register("notifyApplicant", (JavaDelegate) execution ->
                notifications.add((String) execution.getVariable(ProcessElements.VAR_NOTIFICATION)));
        Mocks.register("slaReminder", (JavaDelegate) execution -> alerts.add(REMINDED));
        Mocks.register("slaEscalation", (JavaDelegate) execution ->
                alerts.add((String) execution.getVariable(ProcessElements.VAR_ESCALATION_GROUP)));
        Mocks.register("issueLetter", (JavaDelegate) execution ->
                issuedLetters.add(execution.getProcessBusinessKey()));
        Mocks.register("closeApplication", (JavaDelegate) execution ->
                closedApplications.add(execution.getProcessBusinessKey()));
        Mocks.register("recordDecision", (TaskListener) this::recordDecision);
        Mocks.register("showApplicationOnTask", (TaskListener) task -> {
        });
        Mocks.register("editableServiceData", (TaskListener) task -> {
        });
    }

    /** Like the real listener for what the engine needs: a return sets the end of the wait for a correction. */
    private void recordDecision(DelegateTask task) {
        String decision = (String) task.getVariable(ProcessIds.VAR_DECISION);
        decisions.add(task.getTaskDefinitionKey() + ":" + decision);
        if (StaffDecision.RETURN.equals(decision)) {
            task.getExecution().setVariable(ProcessIds.VAR_CORRECTION_DUE, CORRECTION_DUE);
            task.getExecution().setVariable(ProcessIds.VAR_CORRECTION_REMINDER, CORRECTION_REMINDER);
        }
    }

    /**
     * {@code ${routing.candidates(execution, 'verify')}}: one group per step, named after it; the sekcam then the camat
     * told when a step is late; the paraf steps a test sets (none unless it does).
     */
    public static final class Routing {

        List<String> parafSteps = List.of();

        public String candidates(VariableScope execution, String step) {
            return groupOf(step);
        }

        public String escalation(VariableScope execution, String step, int level) {
            return level == 1 ? StaffGroups.SEKCAM
                    : StaffGroups.CAMAT;
        }

        public List<String> parafSteps(VariableScope execution) {
            return parafSteps;
        }

        static String groupOf(String step) {
            return "group-" + step;
        }
    }

    /** {@code ${forms.of(execution, 'verify')}}: one form per step, named after it. */
    public static final class Forms {

        public String of(VariableScope execution, String step) {
            return formOf(step);
        }

        static String formOf(String step) {
            return "form-" + step;
        }
    }

    /**
     * {@code ${deadlines.task(execution, 'verify')}} and the other times: each kind of time of each step gets its
     * own date, the same on every call, so a test can tell which one a timer or a due date asked for.
     */
    public static final class Deadlines {

        private final Map<String, Date> handedOut = new LinkedHashMap<>();

        public Date task(VariableScope execution, String step) {
            return of("task", step);
        }

        public Date reminder(VariableScope execution, String step) {
            return of("reminder", step);
        }

        public Date overdue(VariableScope execution, String step) {
            return of("overdue", step);
        }

        public Date completion(DelegateExecution execution) {
            return of("completion", "");
        }

        public Date nextCompletionCheck(DelegateExecution execution) {
            return of("next-completion-check", "");
        }

        /** The date of one kind of time ("task", "reminder", "overdue", "completion" …) of a step. */
        Date of(String kind, String step) {
            return handedOut.computeIfAbsent(kind + ":" + step,
                    key -> Date.from(START.plus(Duration.ofHours(handedOut.size() + 1L))));
        }
    }

    /** {@code ${applicationDetails.has(execution, 'dtsenDesil')}}: the fields a test says the application has. */
    public static final class ApplicationDetails {

        private final Set<String> present = new HashSet<>();

        public boolean has(DelegateExecution execution, String field) {
            return present.contains(field);
        }

        void add(String field) {
            present.add(field);
        }
    }

    /** {@code ${overallDeadline}}: answers whether the promised time has passed, as a test queued the answers. */
    public static final class OverallDeadline implements JavaDelegate {

        private final Deque<Boolean> answers = new ArrayDeque<>();
        private int checks;

        void answer(Boolean... passed) {
            answers.addAll(List.of(passed));
        }

        int checks() {
            return checks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            checks++;
            Boolean passed = answers.poll();
            if (passed == null) {
                throw new IllegalStateException("The test did not say whether the completion time has passed");
            }
            execution.setVariable(ProcessElements.VAR_OVERALL_PASSED, passed);
        }
    }
}
