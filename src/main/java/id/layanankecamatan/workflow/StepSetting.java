package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the catalogue says about one step (its groups, its form) for the service of the running process. */
final class StepSetting {

    private StepSetting() {
    }

    static String of(ServiceCatalog catalog, VariableScope execution, Function<ServiceDefinition, Map<String, String>> setting,
                     String what, String step) {
        String serviceCode = (String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE);
        String value = setting.apply(catalog.get(serviceCode)).get(step);
        if (value == null) {
            throw new IllegalStateException("Service " + serviceCode + " names no " + what + " for step '" + step + "'");
        }
        return value;
    }
}
