package id.layanankecamatan.calendar;

import java.time.LocalDate;

/** A holiday as an admin entered it, after validation. */
public record HolidayInput(LocalDate date, String name, HolidayKind kind, String decree) {
}
