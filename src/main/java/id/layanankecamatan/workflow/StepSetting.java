package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceStep;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The catalogue's record of one step for the service of the running process. */
final class StepSetting {

    private StepSetting() {
    }

    static ServiceStep of(ServiceCatalog catalog, VariableScope execution, String step) {
        String serviceCode = (String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE);
        return catalog.get(serviceCode).step(step);
    }
}
