package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who does a step, read from the catalogue: the shared BPMN steps ask
 * {@code ${routing.candidates(execution, 'verify')}} instead of naming groups themselves.
 */
@Component("routing")
public class Routing {

    private final ServiceCatalog catalog;

    public Routing(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    public String candidates(VariableScope execution, String step) {
        return StepSetting.of(catalog, execution, ServiceDefinition::routing, "group", step);
    }
}
