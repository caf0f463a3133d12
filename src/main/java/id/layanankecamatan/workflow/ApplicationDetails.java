package id.layanankecamatan.workflow;

import id.layanankecamatan.application.ApplicationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Lets a gateway ask about the application's service-specific data without copying it into process variables:
 * {@code ${applicationDetails.has(execution, 'dtsenDesil')}}.
 */
@Component("applicationDetails")
public class ApplicationDetails {

    private final ApplicationRepository applications;

    public ApplicationDetails(ApplicationRepository applications) {
        this.applications = applications;
    }

    public boolean has(DelegateExecution execution, String field) {
        Object value = applications.findByRegistrationNumber(execution.getProcessBusinessKey()).orElseThrow(() -> ApplicationRepository.missing(execution.getProcessBusinessKey()))
                .details().get(field);
        return value != null && !value.toString().isBlank();
    }
}
