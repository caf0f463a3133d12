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

    /** Named for a task that ended while a task list was being read; nobody can open it any more. */
    static final String ENDED_STEP = "langkah-sudah-selesai";

    public String of(VariableScope execution, String step) {
        if (execution.getVariable(ProcessIds.VAR_SERVICE_CODE) == null) {
            // Tasklist's list reads each task's form after the tasks themselves: a task completed in between has
            // lost its execution's variables, and an exception here would fail the whole list for the officer
            return ENDED_STEP;
        }
        return StepSetting.of(catalog, execution, step).form();
    }
}
