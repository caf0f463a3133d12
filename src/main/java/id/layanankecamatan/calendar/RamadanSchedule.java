package id.layanankecamatan.calendar;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Office hours during Ramadan, from {@code firstDay} to {@code lastDay} inclusive (Perpres 21/2023: 32 h 30 min a
 * week, from 08.00, breaks of 60 minutes on Friday and 30 on the other days). Friday has its own hours and break;
 * every other working day of the week has the first ones. Days off stay days off. The dates come each year from the
 * Minister of Religious Affairs or a circular of the Minister for Administrative Reform, hence {@code decree}.
 * Without a break both break times are null.
 */
public record RamadanSchedule(
        long id, LocalDate firstDay, LocalDate lastDay,
        @JsonFormat(pattern = "HH:mm") LocalTime opens, @JsonFormat(pattern = "HH:mm") LocalTime closes,
        @JsonFormat(pattern = "HH:mm") LocalTime breakStart, @JsonFormat(pattern = "HH:mm") LocalTime breakEnd,
        @JsonFormat(pattern = "HH:mm") LocalTime fridayOpens, @JsonFormat(pattern = "HH:mm") LocalTime fridayCloses,
        @JsonFormat(pattern = "HH:mm") LocalTime fridayBreakStart, @JsonFormat(pattern = "HH:mm") LocalTime fridayBreakEnd,
        String decree) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** The hours of a working day in the range. */
    public OfficeHours hoursOn(DayOfWeek weekday) {
        return weekday == DayOfWeek.FRIDAY ? fridayHours() : otherDaysHours();
    }

    public OfficeHours fridayHours() {
        return hours(fridayOpens, fridayCloses, fridayBreakStart, fridayBreakEnd);
    }

    /** Monday to Thursday, and any other day the office opens except Friday. */
    public OfficeHours otherDaysHours() {
        return hours(opens, closes, breakStart, breakEnd);
    }

    private static OfficeHours hours(LocalTime opens, LocalTime closes, LocalTime breakStart, LocalTime breakEnd) {
        return new OfficeHours(opens, closes, breakStart == null ? List.of() : List.of(new TimeRange(breakStart, breakEnd)));
    }
}
