package id.layanankecamatan.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The periods the camat usually reviews the survey over, counted back from today on the office's clock: the last
 * twelve months (the regulation's yearly survey, at any moment), the previous calendar semester and year.
 */
public final class SkmPeriods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private SkmPeriods() {
    }

    /** One choosable period: its dates (both inclusive) and its Indonesian label. */
    public record Period(String code, String label, LocalDate from, LocalDate to) {
    }

    public static List<Period> before(LocalDate today) {
        LocalDate yearAgo = today.minusYears(1).plusDays(1);
        int year = today.getYear();
        boolean firstHalf = today.getMonthValue() <= 6;
        LocalDate semesterFrom = firstHalf ? LocalDate.of(year - 1, 7, 1) : LocalDate.of(year, 1, 1);
        LocalDate semesterTo = firstHalf ? LocalDate.of(year - 1, 12, 31) : LocalDate.of(year, 6, 30);
        return List.of(
                period("12-bulan", "12 bulan terakhir", yearAgo, today),
                period("semester-lalu", "Semester " + (firstHalf ? "II " : "I ") + semesterFrom.getYear(),
                        semesterFrom, semesterTo),
                period("tahun-lalu", "Tahun " + (year - 1), LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)));
    }

    private static Period period(String code, String name, LocalDate from, LocalDate to) {
        return new Period(code, name + " (" + DAY.format(from) + " – " + DAY.format(to) + ")", from, to);
    }
}
