package id.layanankecamatan.notify;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: the task_notify_* service tasks (asynchronous, so that a failure retries and shows as an incident in
 * Cockpit instead of undoing the officer's decision). The input parameter "notification" names the
 * {@link Notice}; {@link ApplicantNotifier} does the rest.
 */
@Component("notifyApplicant")
public class NotifyApplicantDelegate implements JavaDelegate {

    static final String VAR_NOTIFICATION = "notification";

    private final ApplicationRepository applications;
    private final ApplicantNotifier notifier;

    public NotifyApplicantDelegate(ApplicationRepository applications, ApplicantNotifier notifier) {
        this.applications = applications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice notice = Notice.fromBpmn((String) execution.getVariable(VAR_NOTIFICATION));
        String number = execution.getProcessBusinessKey();
        Application application = applications.findByRegistrationNumber(number)
                .orElseThrow(() -> ApplicationRepository.missing(number));
        notifier.send(notice, application);
    }
}
