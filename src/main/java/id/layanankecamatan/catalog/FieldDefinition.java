package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One service-specific field of an application (e.g. the business name for a Surat Keterangan Usaha), or a
 * list of rows (e.g. the heirs, each with name, NIK and relationship). The same definition drives the portal
 * form, the API validation and the staff form's view.
 */
public record FieldDefinition(@NotBlank String code, @NotBlank String label, @NotNull Type type, boolean required,
                              Integer maxLength, List<String> options, String help,
                              List<@Valid FieldDefinition> columns, Integer minRows, Integer maxRows) {

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
}
