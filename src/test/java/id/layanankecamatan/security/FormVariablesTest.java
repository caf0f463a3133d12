package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.workflow.ProcessIds;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class FormVariablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFormSubmitsItsFieldKeysItsListsAndTheDecision() throws Exception {
        assertThat(FormVariables.of(JSON.readTree(Path.of("forms/verify-ahli-waris.form").toFile())))
                .containsExactlyInAnyOrder(ProcessIds.VAR_DECISION, ProcessIds.VAR_NOTE, "deceasedName", "deceasedNik",
                        "dateOfDeath", "statementDate", "statementKnownBy", "heirs", "witnesses");
        assertThat(FormVariables.of(JSON.readTree(Path.of("forms/sign-letter.form").toFile())))
                .containsExactlyInAnyOrder(ProcessIds.VAR_DECISION, ProcessIds.VAR_NOTE);
    }

    @Test
    void groupsWithoutAPathAreSearchedAndDottedKeysAreOneVariable() throws Exception {
        assertThat(FormVariables.of(JSON.readTree("""
                {"components":[{"type":"group","components":[{"type":"textfield","key":"a.b"}]},
                 {"type":"group","path":"address","components":[{"type":"textfield","key":"street"}]}]}""")))
                .containsExactlyInAnyOrder(ProcessIds.VAR_DECISION, ProcessIds.VAR_NOTE, "a", "address");
    }
}
