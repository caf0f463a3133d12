package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class FormVariablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFormSubmitsItsFieldKeysItsListsAndTheDecision() throws Exception {
        assertThat(FormVariables.of(JSON.readTree(Path.of("forms/verify-ahli-waris.form").toFile())))
                .containsExactlyInAnyOrder("decision", "note", "deceasedName", "deceasedNik", "dateOfDeath",
                        "heirs", "witnesses");
        assertThat(FormVariables.of(JSON.readTree(Path.of("forms/sign-letter.form").toFile())))
                .containsExactlyInAnyOrder("decision", "note");
    }

    @Test
    void groupsWithoutAPathAreSearchedAndDottedKeysAreOneVariable() throws Exception {
        assertThat(FormVariables.of(JSON.readTree("""
                {"components":[{"type":"group","components":[{"type":"textfield","key":"a.b"}]},
                 {"type":"group","path":"address","components":[{"type":"textfield","key":"street"}]}]}""")))
                .containsExactlyInAnyOrder("decision", "note", "a", "address");
    }
}
