package id.layanankecamatan.calendar;

import id.layanankecamatan.api.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Checks a Ramadan schedule field by field, in the words an administrator reads. */
final class RamadanScheduleValidation {

    // Ramadan lasts 29 or 30 days; a longer range is a typing error (a wrong month or year)
    static final int MAX_DAYS = 31;

    private final List<FieldProblem> problems = new ArrayList<>();

    private RamadanScheduleValidation() {
    }

    /** The schedule to store (id 0), or {@link InvalidRamadanScheduleException} naming every bad field. */
    static RamadanSchedule validate(RamadanScheduleRequest request) {
        RamadanScheduleRequest r = request == null
                ? new RamadanScheduleRequest(null, null, null, null, null, null, null, null, null, null, null) : request;
        RamadanScheduleValidation check = new RamadanScheduleValidation();
        LocalDate first = check.date("firstDay", "Tanggal mulai", r.firstDay());
        LocalDate last = check.date("lastDay", "Tanggal selesai", r.lastDay());
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                check.problem("lastDay", "Tanggal selesai tidak boleh sebelum tanggal mulai.");
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                check.problem("lastDay", "Jadwal Ramadan paling lama " + MAX_DAYS + " hari.");
            }
        }
        LocalTime[] days = check.day("", "", r.opens(), r.closes(), r.breakStart(), r.breakEnd());
        LocalTime[] friday = check.day("friday", " hari Jumat", r.fridayOpens(), r.fridayCloses(), r.fridayBreakStart(),
                r.fridayBreakEnd());
        String decree = blank(r.decree()) ? null : r.decree().strip();
        if (decree != null && decree.length() > 300) {
            check.problem("decree", "Dasar penetapan paling banyak 300 karakter.");
        }
        if (!check.problems.isEmpty()) {
            throw new InvalidRamadanScheduleException(check.problems);
        }
        return new RamadanSchedule(0, first, last, days[0], days[1], days[2], days[3], friday[0], friday[1], friday[2],
                friday[3], decree);
    }

    /** Opening, closing and the optional break of one kind of day; null when any of them is wrong. */
    private LocalTime[] day(String prefix, String which, String opensText, String closesText, String breakStartText,
                            String breakEndText) {
        int before = problems.size();
        LocalTime opens = time(field(prefix, "opens"), "Jam masuk" + which, opensText, true);
        LocalTime closes = time(field(prefix, "closes"), "Jam pulang" + which, closesText, true);
        LocalTime breakStart = time(field(prefix, "breakStart"), "Mulai istirahat" + which, breakStartText, false);
        LocalTime breakEnd = time(field(prefix, "breakEnd"), "Selesai istirahat" + which, breakEndText, false);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problem(field(prefix, "closes"), "Jam pulang" + which + " harus sesudah jam masuk.");
        }
        if (blank(breakStartText) != blank(breakEndText)) {
            problem(field(prefix, blank(breakStartText) ? "breakStart" : "breakEnd"),
                    "Isi mulai dan selesai istirahat" + which + ", atau kosongkan keduanya.");
        } else if (breakStart != null && breakEnd != null) {
            if (!breakStart.isBefore(breakEnd)) {
                problem(field(prefix, "breakEnd"), "Selesai istirahat" + which + " harus sesudah mulai istirahat.");
            } else if (opens != null && closes != null
                    && (!breakStart.isAfter(opens) || !breakEnd.isBefore(closes))) {
                problem(field(prefix, "breakStart"), "Istirahat" + which + " harus di antara jam masuk dan jam pulang.");
            }
        }
        return problems.size() > before ? new LocalTime[4] : new LocalTime[] {opens, closes, breakStart, breakEnd};
    }

    private LocalDate date(String field, String label, String text) {
        if (blank(text)) {
            problem(field, label + " wajib diisi (TTTT-BB-HH).");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < HolidayService.MIN_YEAR || date.getYear() > HolidayService.MAX_YEAR) {
                problem(field, "Tahun harus antara " + HolidayService.MIN_YEAR + " dan " + HolidayService.MAX_YEAR + ".");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, label + " tidak dikenal; tulis TTTT-BB-HH, misalnya 2027-02-08.");
            return null;
        }
    }

    private LocalTime time(String field, String label, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                problem(field, label + " wajib diisi (JJ:MM).");
            }
            return null;
        }
        try {
            return TimeRange.time(text);
        } catch (IllegalArgumentException e) {
            problem(field, label + " tidak dikenal; tulis JJ:MM, misalnya 08:00.");
            return null;
        }
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** "opens" or "fridayOpens". */
    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
