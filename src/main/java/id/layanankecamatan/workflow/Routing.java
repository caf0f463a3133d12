package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who does a step and who hears when it is late, read from the catalogue: the shared BPMN steps ask
 * {@code ${routing.candidates(execution, 'verify')}} instead of naming groups themselves.
 */
@Component("routing")
public class Routing {

    private final ServiceCatalog catalog;

    public Routing(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    public String candidates(VariableScope execution, String step) {
        return String.join(",", StepSetting.of(catalog, execution, step).groups());
    }

    /**
     * Who is told when the step is late: {@code level} 1 when it is due, 2 one working day later
     * ({@code <camunda:inputParameter name="group">${routing.escalation(execution, 'verify', 1)}}).
     */
    /**
     * The service's paraf steps in catalogue order (e.g. paraf-kasi, then paraf-sekcam): the draft letter is
     * initialled by each before it is signed ({@code camunda:collection="${routing.parafSteps(execution)}"}); none
     * for a service whose catalogue names no step starting with "paraf".
     */
    public List<String> parafSteps(VariableScope execution) {
        String serviceCode = (String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE);
        return catalog.get(serviceCode).parafSteps();
    }

    public String escalation(VariableScope execution, String step, int level) {
        return StepSetting.of(catalog, execution, step).escalationGroup(level);
    }
}
