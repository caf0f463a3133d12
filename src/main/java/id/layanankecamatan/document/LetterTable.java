package id.layanankecamatan.document;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table in a letter (the heirs: No | Nama | NIK | Hubungan). It travels inside a paragraph's text, so a template
 * places it with an ordinary placeholder: one line per row, cells separated by a tab, the first line the header.
 * A tab cannot come from anywhere else: citizens' text refuses control characters and letters print every value
 * on one line with single spaces.
 */
final class LetterTable {

    private static final String CELL = "\t";

    private LetterTable() {
    }

    /** The table as paragraph text, starting on a new line; rows are numbered in a first column "No". */
    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\n").append(line(Stream.concat(Stream.of("No"), header.stream())));
        for (int i = 0; i < rows.size(); i++) {
            text.append('\n').append(line(Stream.concat(Stream.of((i + 1) + "."), rows.get(i).stream())));
        }
        return text.toString();
    }

    /** A line of a paragraph that is a row of a table. */
    static boolean isRow(String line) {
        return line.contains(CELL);
    }

    static List<String> cells(String row) {
        return List.of(row.split(CELL, -1));
    }

    private static String line(Stream<String> cells) {
        return cells.map(cell -> cell.replace(CELL, " ")).collect(Collectors.joining(CELL));
    }
}
