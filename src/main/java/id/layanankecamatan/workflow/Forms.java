package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Which Camunda Form a staff step shows, read from the catalogue: the shared steps ask
 * {@code camunda:formRef="${forms.of(execution, 'verify')}"}, so that each service can show its own fields.
 */
@Component("forms")
public class Forms {

    private final ServiceCatalog catalog;

    public Forms(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    public String of(VariableScope execution, String step) {
        String serviceCode = (String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE);
        String form = catalog.get(serviceCode).forms().get(step);
        if (form == null) {
            throw new IllegalStateException("Service " + serviceCode + " names no form for step '" + step + "'");
        }
        return form;
    }
}
