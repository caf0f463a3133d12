package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One service-specific field of an application (e.g. the business name for a Surat Keterangan Usaha), or a
 * list of rows (e.g. the heirs, each with name, NIK and relationship). The same definition drives the portal
 * form, the API validation and the staff form's view.
 * <p>
 * A field may carry a rule the law sets: {@code minimumAge} on a NIK (the person must have reached that age, by the
 * birth date in the NIK, on the date of another field: the marriage age), {@code leadTime} on a date (it must lie at
 * least that many working days after the service's promised completion: the police's notice period for an event).
 * {@code letterText} says how the value reads on the letter, given or left empty (an optional field must never
 * print as "-" in a sentence).
 */
public record FieldDefinition(@NotBlank String code, @NotBlank String label, @NotNull Type type, boolean required,
                              Integer maxLength, List<String> options, String help,
                              List<@Valid FieldDefinition> columns, Integer minRows, Integer maxRows,
                              @Valid MinimumAge minimumAge, @Valid LeadTime leadTime, @Valid LetterText letterText) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public enum Type {
        TEXT, TEXTAREA, NUMBER, DATE, NIK, SELECT, ROWS
    }

    public int maxLengthOrDefault() {
        return maxLength == null ? (type == Type.TEXTAREA ? 1000 : 200) : maxLength;
    }

    /**
     * The person of this NIK must be at least {@code years} old on the date in field {@code onDate}; otherwise the
     * refusal says so and adds {@code explanation} (where the citizen must go instead).
     */
    public record MinimumAge(@Min(1) int years, @NotBlank String onDate, @NotBlank String explanation) {
    }

    /**
     * The date must lie at least {@code workingDays} working days after the moment the office promises the letter;
     * {@code explanation} says why (e.g. the police's notice period), in a sentence that can follow a colon.
     */
    public record LeadTime(@Min(1) int workingDays, @NotBlank String explanation) {
    }

    /** How the field reads in the letter's sentence: {@code given} with {value} in it, or {@code missing}. */
    public record LetterText(@NotBlank String given, @NotBlank String missing) {
    }
}
