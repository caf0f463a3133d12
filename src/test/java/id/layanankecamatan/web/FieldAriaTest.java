package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldAriaTest {

    private final FieldAria aria = new FieldAria();

    @Test
    void aRowCellsProblemNamesTheInputTheFormRendersForIt() {
        assertThat(aria.inputId("heirs[0].nik")).isEqualTo("heirs_0_nik");
        assertThat(aria.inputId("witnesses[12].name")).isEqualTo("witnesses_12_name");
        assertThat(aria.inputId("nik")).isEqualTo("nik");
    }

    @Test
    void aFieldIsDescribedByItsHintAndItsErrorOnlyWhenItHasThem() {
        Map<String, String> errors = Map.of("nik", "NIK harus terdiri dari 16 angka.", "heirs[1].nik", "Wajib.");
        assertThat(aria.describedBy("nik", true, errors)).isEqualTo("nik-hint nik-error");
        assertThat(aria.describedBy("nik", false, errors)).isEqualTo("nik-error");
        assertThat(aria.describedBy("phone", true, errors)).isEqualTo("phone-hint");
        assertThat(aria.describedBy("name", false, errors)).isNull();
        assertThat(aria.describedBy("heirs[1].nik", false, errors)).isEqualTo("heirs_1_nik-error");
        assertThat(aria.invalid("nik", errors)).isEqualTo("true");
        assertThat(aria.invalid("name", errors)).isNull();
    }
}
