package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A task list read while one of its tasks is completed must not fail for the officer (issue 10). */
@Tag("fast")
class FormsTest {

    @Test
    void aTaskWhoseStepEndedMeanwhileNamesNoFormInsteadOfFailingTheList() {
        Forms forms = new Forms(null);

        // a scope without variables, as a just-completed task's execution reads
        assertThat(forms.of(StartProcessVariableScope.getSharedInstance(), "verify")).isEqualTo(Forms.ENDED_STEP);
    }
}
