package id.layanankecamatan.calendar;

import java.time.LocalDate;

/** One day off in the holiday table, with the decree that sets it. */
public record Holiday(long id, LocalDate date, String name, HolidayKind kind, String decree) {
}
