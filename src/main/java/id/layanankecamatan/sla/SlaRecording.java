package id.layanankecamatan.sla;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.calendar.OfficeClock;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Keeps a service-level record for every staff task of every process, without a line in the BPMN: an engine
 * plugin adds the same listener to each user task when the models are deployed, so a new service is measured
 * from its first task.
 */
@Component
public class SlaRecording extends AbstractProcessEnginePlugin {

    private final SlaSteps steps;
    private final ApplicationRepository applications;
    private final OfficeClock clock;

    public SlaRecording(SlaSteps steps, ApplicationRepository applications, OfficeClock clock) {
        this.steps = steps;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskListener record = new StepListener(steps, applications, clock);
                for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
                        TaskListener.EVENTNAME_ASSIGNMENT,
                        TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
                    task.addBuiltInTaskListener(event, record);
                }
            }
        });
    }

    /** Writes the record as the task lives: opened, due date moved, completed (by whom), or cancelled. */
    static final class StepListener implements TaskListener {
        private final SlaSteps steps;
        private final ApplicationRepository applications;
        private final OfficeClock clock;

        StepListener(SlaSteps steps, ApplicationRepository applications, OfficeClock clock) {
            this.steps = steps;
            this.applications = applications;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
                return; // not an application's task
            }
            switch (task.getEventName()) {
                case EVENTNAME_CREATE -> steps.opened(new SlaStep(task.getId(),
                        task.getExecution().getProcessBusinessKey(), (String) task.getVariable("serviceCode"),
                        task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
                        candidateGroups(task), clock.local(task.getCreateTime()), clock.local(task.getDueDate()),
                        task.getAssignee(),
                        null, null, null, null));
                case EVENTNAME_ASSIGNMENT -> steps.assigned(task.getId(), task.getAssignee());
                case EVENTNAME_UPDATE -> steps.dueChanged(task.getId(), clock.local(task.getDueDate()));
                case EVENTNAME_COMPLETE -> {
                    lockApplication(task);
                    steps.completed(task.getId(), completedBy(task), clock.now());
                }
                case EVENTNAME_DELETE -> {
                    lockApplication(task);
                    steps.cancelled(task.getId(), clock.now());
                }
                default -> {
                    // other events do not change the record
                }
            }
        }

        /**
         * The application's row before this step's record: a step ends in the same order of locks as a
         * citizen's withdrawal or correction (application first), so the two wait for each other instead of
         * deadlocking.
         */
        private void lockApplication(DelegateTask task) {
            applications.lockByRegistrationNumber(task.getExecution().getProcessBusinessKey());
        }

        private static String candidateGroups(DelegateTask task) {
            return task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .map(IdentityLink::getGroupId).filter(g -> g != null).sorted().collect(Collectors.joining(","));
        }

        /** The logged-in user who completed the task (the camat may complete work assigned to another), else the assignee. */
        private static String completedBy(DelegateTask task) {
            var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            if (authentication != null && authentication.getUserId() != null) {
                return authentication.getUserId();
            }
            return task.getAssignee();
        }
    }
}
