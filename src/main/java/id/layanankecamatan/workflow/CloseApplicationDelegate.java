package id.layanankecamatan.workflow;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.calendar.OfficeClock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN: task_close_application, after the correction period ran out. */
@Component("closeApplication")
public class CloseApplicationDelegate implements JavaDelegate {

    private final ApplicationRepository applications;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;

    public CloseApplicationDelegate(ApplicationRepository applications, OfficeClock clock, ApplicationLifecycle lifecycle) {
        this.applications = applications;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.lockByRegistrationNumber(execution.getProcessBusinessKey()).orElseThrow(() -> ApplicationRepository.missing(execution.getProcessBusinessKey()));
        OffsetDateTime now = clock.now();
        lifecycle.move(application, ApplicationStatus.CLOSED,
                "Perbaikan tidak diterima sampai batas waktu; silakan ajukan permohonan baru.",
                ApplicationLifecycle.SYSTEM, now);
    }
}
