package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
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
        return StepSetting.of(catalog, execution, ServiceDefinition::forms, "form", step);
    }
}
