package id.layanankecamatan.workflow;

import id.layanankecamatan.catalog.FieldDefinition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Service-specific fields as Markdown for the staff forms: one line per field, rows as a numbered list. */
@Component
public class DetailsText {

    public String describe(List<FieldDefinition> fields, Map<String, Object> values) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (FieldDefinition field : fields) {
            Object value = values.get(field.code());
            if (field.type() == FieldDefinition.Type.ROWS) {
                text.append("**").append(field.label()).append(":**\n");
                if (value instanceof List<?> rows) {
                    for (int i = 0; i < rows.size(); i++) {
                        text.append(i + 1).append(". ").append(row(field.columns(), (Map<?, ?>) rows.get(i))).append('\n');
                    }
                }
            } else {
                text.append("- **").append(field.label()).append(":** ").append(value == null ? "-" : value).append('\n');
            }
        }
        return text.toString();
    }

    private static String row(List<FieldDefinition> columns, Map<?, ?> row) {
        return columns.stream().map(c -> c.label() + ": " + (row.get(c.code()) == null ? "-" : row.get(c.code())))
                .collect(Collectors.joining(", "));
    }
}
