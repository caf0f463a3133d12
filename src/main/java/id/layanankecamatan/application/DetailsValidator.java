package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.FieldDefinition;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks the service-specific fields against their catalogue definitions and returns them cleaned. The same
 * rules serve the portal, the API, the counter and staff forms; errors name the field, rows by index
 * (e.g. {@code heirs[1].nik}).
 */
@Component
public class DetailsValidator {

    public record Result(Map<String, Object> values, List<FieldProblem> problems) {
    }

    public Result validate(List<FieldDefinition> fields, JsonNode source) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldDefinition field : fields) {
            JsonNode node = source == null ? null : source.get(field.code());
            Object value = field.type() == FieldDefinition.Type.ROWS
                    ? rows(field, node, problems)
                    : scalar(field, field.code(), node, problems);
            if (value != null) {
                values.put(field.code(), value);
            }
        }
        return new Result(values, problems);
    }

    private List<Map<String, Object>> rows(FieldDefinition field, JsonNode node, List<FieldProblem> problems) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (node != null && !node.isNull() && !node.isArray()) {
            problems.add(new FieldProblem(field.code(), field.label() + " harus berupa daftar."));
            return null;
        }
        int count = node == null || node.isNull() ? 0 : node.size();
        int min = field.minRows() == null ? (field.required() ? 1 : 0) : field.minRows();
        if (count < min) {
            problems.add(new FieldProblem(field.code(), "Isi paling sedikit " + min + " baris " + field.label() + "."));
        }
        if (field.maxRows() != null && count > field.maxRows()) {
            problems.add(new FieldProblem(field.code(), "Paling banyak " + field.maxRows() + " baris " + field.label() + "."));
        }
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (FieldDefinition column : field.columns()) {
                Object value = scalar(column, "%s[%d].%s".formatted(field.code(), i, column.code()),
                        node.get(i).get(column.code()), problems);
                if (value != null) {
                    row.put(column.code(), value);
                }
            }
            rows.add(row);
        }
        return rows.isEmpty() ? null : rows;
    }

    private Object scalar(FieldDefinition field, String path, JsonNode node, List<FieldProblem> problems) {
        if (node != null && node.isContainerNode()) {
            problems.add(new FieldProblem(path, field.label() + " harus berupa satu isian, bukan daftar atau objek."));
            return null;
        }
        String text = node == null || node.isNull() ? null : node.asText().strip();
        if (text == null || text.isEmpty()) {
            if (field.required()) {
                problems.add(new FieldProblem(path, field.label() + " wajib diisi."));
            }
            return null;
        }
        if (text.length() > field.maxLengthOrDefault()) {
            problems.add(new FieldProblem(path, field.label() + " terlalu panjang (paling banyak "
                    + field.maxLengthOrDefault() + " karakter)."));
            return null;
        }
        String problem = switch (field.type()) {
            // the service's own text (names of heirs, a venue, a business name): free text of the character policy
            case TEXT, TEXTAREA -> TextPolicy.problem(field.label(), text, TextPolicy.Kind.FREE_TEXT,
                    field.maxLengthOrDefault(), field.type() == FieldDefinition.Type.TEXTAREA).orElse(null);
            case NIK -> Nik.problem(text).orElse(null);
            case NUMBER -> isWholeNumber(text) ? null : field.label() + " harus berupa angka bulat.";
            case DATE -> isDate(text) ? null : field.label() + " harus berupa tanggal (TTTT-BB-HH).";
            case SELECT -> field.options().contains(text) ? null
                    : field.label() + " harus salah satu dari: " + String.join(", ", field.options()) + ".";
            default -> null;
        };
        if (problem != null) {
            problems.add(new FieldProblem(path, problem));
            return null;
        }
        return field.type() == FieldDefinition.Type.NUMBER ? Long.valueOf(text) : text;
    }

    private static boolean isWholeNumber(String text) {
        return text.matches("\\d{1,12}") && new BigInteger(text).signum() >= 0;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
