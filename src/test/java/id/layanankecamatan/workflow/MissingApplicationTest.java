package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine code that finds no application for its business key says which one, not "No value present". */
class MissingApplicationTest extends IntegrationTest {

    @Test
    void aProcessWithoutItsApplicationFailsNamingTheRegistrationNumber() {
        assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("domisili",
                "BTN-1999-999999", Map.of(ProcessIds.VAR_SERVICE_CODE, "domisili")))
                .hasMessageContaining("Permohonan BTN-1999-999999 tidak ada di tabel application");
    }
}
