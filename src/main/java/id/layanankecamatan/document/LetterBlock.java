package id.layanankecamatan.document;

import id.layanankecamatan.Placeholders;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * One block of a letter's body, as read from its template and then filled in: a paragraph of running text, or
 * {@code label : value} rows that the renderer prints in aligned columns (tata naskah dinas: "a. Nama : …").
 */
public sealed interface LetterBlock {

    /** The block with its placeholders filled; {@code format} applies a {name:format} to a value. */
    LetterBlock filled(Map<String, String> values, BinaryOperator<String> format);

    /** All the block's text, for checking its placeholders. */
    String source();

    /** Running text, wrapped to the page; a '\n' inside (e.g. one line per heir) starts a new line. */
    record Paragraph(String text) implements LetterBlock {

        @Override
        public Paragraph filled(Map<String, String> values, BinaryOperator<String> format) {
            return new Paragraph(Placeholders.fill(text, values, format));
        }

        @Override
        public String source() {
            return text;
        }
    }

    /** Consecutive {@code label : value} lines: labels in one column, the colons lined up, values wrapped beside. */
    record Rows(List<Row> rows) implements LetterBlock {

        public Rows {
            rows = List.copyOf(rows);
        }

        @Override
        public Rows filled(Map<String, String> values, BinaryOperator<String> format) {
            return new Rows(rows.stream().map(row -> new Row(Placeholders.fill(row.label(), values, format),
                    Placeholders.fill(row.value(), values, format))).toList());
        }

        @Override
        public String source() {
            return rows.stream().map(row -> row.label() + " : " + row.value()).collect(Collectors.joining("\n"));
        }
    }

    record Row(String label, String value) {
    }
}
