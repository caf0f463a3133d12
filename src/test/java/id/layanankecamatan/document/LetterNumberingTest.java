package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.OfficeProperties;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The register number's format is the office's to choose, within what keeps numbers unique. */
@Tag("fast")
class LetterNumberingTest {

    private static final OffsetDateTime NOVEMBER = OffsetDateTime.parse("2026-11-28T10:15:00+07:00");
    private static final OfficeProperties OFFICE = new OfficeProperties("BTN", null, null, null, null, null, null,
            null, null, null);

    @Test
    void aDottedCodeOfPermendagri83Of2022LeadsTheNumber() {
        assertThat(numbering("{classification}/{sequence:4}/{office}/{month}/{year}", false)
                .format("400.12.2", 123, NOVEMBER)).isEqualTo("400.12.2/0123/BTN/XI/2026");
        assertThat(numbering("{classification}.{sequence}/{office}/{year}", true)
                .format("400.12.3.1", 7, NOVEMBER)).isEqualTo("400.12.3.1.7/BTN/2026");
    }

    @Test
    void theUsualFormIsClassificationSequenceOfficeRomanMonthYear() {
        assertThat(numbering("{classification}/{sequence:4}/{office}/{month}/{year}", false)
                .format("470", 123, NOVEMBER)).isEqualTo("470/0123/BTN/XI/2026");
        assertThat(numbering("{classification}/{sequence:4}/{office}/{month}/{year}", false)
                .format("474", 12345, NOVEMBER.withMonth(4))).isEqualTo("474/12345/BTN/IV/2026");
    }

    @Test
    void anotherOfficeMayOrderItDifferently() {
        assertThat(numbering("{sequence}/{classification}/KEC-{office}/{monthNumber}.{year}", true)
                .format("300", 7, NOVEMBER.withMonth(1))).isEqualTo("7/300/KEC-BTN/01.2026");
    }

    @Test
    void aFormatThatCouldRepeatNumbersIsRefusedAtStart() {
        assertThatThrownBy(() -> numbering("{classification}/{sequence}/{office}", false))
                .hasMessageContaining("must contain {sequence} and {year}");
        assertThatThrownBy(() -> numbering("{sequence}/{office}/{year}", true))
                .hasMessageContaining("and {classification}");
        assertThatThrownBy(() -> numbering("{sequence}/{year}/{kode}", false))
                .hasMessageContaining("unknown token {kode}");
        // 400.1 then 23 and 400.12 then 3 would both read 400.123
        assertThatThrownBy(() -> numbering("{classification}{sequence}/{year}", true))
                .hasMessageContaining("must separate {classification} and {sequence}");
        assertThatThrownBy(() -> numbering("{sequence}0{classification}/{year}", false))
                .hasMessageContaining("must separate {classification} and {sequence}");
    }

    private static LetterNumbering numbering(String format, boolean perClassification) {
        return new LetterNumbering(new LetterProperties(format, perClassification, null, null, null), OFFICE);
    }
}
