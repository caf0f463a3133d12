package id.layanankecamatan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The office's working time, the one place where deadlines are computed (processes, due dates, the citizen's
 * promised completion time). All counting happens in the office's time zone, whatever zone the input carries.
 *
 * <ul>
 * <li>A <b>working day</b> is a weekday with office hours that is not in the holiday table.</li>
 * <li><b>Office time</b> is [opening, closing) of a working day. A start outside office time (before opening,
 * at or after closing, on a day off) moves to the next opening.</li>
 * <li><b>N minutes or hours</b> from a start: the moment N minutes of office time have passed after the
 * (moved) start, carried over closing times, weekends and holidays.</li>
 * <li><b>N working days</b> from a start: closing time of the N-th working day after the day of the (moved)
 * start. Friday 10:00 + 1 working day = Monday at closing; Friday 17:00 + 1 = Tuesday at closing.</li>
 * </ul>
 */
public class WorkingCalendar {

    // more than ten years without a single working day means a broken configuration, not a long holiday
    private static final int SEARCH_LIMIT_DAYS = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, OfficeHours> week;
    private final HolidayDates holidays;

    public WorkingCalendar(CalendarProperties properties, HolidayDates holidays) {
        this.zone = properties.zone();
        this.week = properties.week();
        this.holidays = holidays;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return week.containsKey(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Office hours of the day, empty on a weekend or holiday. */
    public Optional<OfficeHours> hoursOn(LocalDate day) {
        return isWorkingDay(day) ? Optional.of(week.get(day.getDayOfWeek())) : Optional.empty();
    }

    public OffsetDateTime add(OffsetDateTime start, WorkingDuration duration) {
        return duration.unit() == WorkingDuration.Unit.WORKING_DAYS
                ? addWorkingDays(start, duration.amount())
                : addOfficeTime(start, Duration.ofMinutes(duration.amount()));
    }

    public OffsetDateTime addWorkingDays(OffsetDateTime start, long days) {
        LocalDate day = officeTimeFrom(start).toLocalDate();
        for (long i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return at(day, week.get(day.getDayOfWeek()).closes()).toOffsetDateTime();
    }

    public OffsetDateTime addOfficeTime(OffsetDateTime start, Duration officeTime) {
        ZonedDateTime cursor = officeTimeFrom(start);
        Duration left = officeTime;
        while (true) {
            ZonedDateTime closes = at(cursor.toLocalDate(), week.get(cursor.getDayOfWeek()).closes());
            Duration available = Duration.between(cursor, closes);
            if (left.compareTo(available) <= 0) {
                return cursor.plus(left).toOffsetDateTime();
            }
            left = left.minus(available);
            LocalDate next = nextWorkingDay(cursor.toLocalDate());
            cursor = at(next, week.get(next.getDayOfWeek()).opens());
        }
    }

    /** Office time between two moments, e.g. how long the service clock stood still. */
    public Duration officeTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        ZonedDateTime start = from.atZoneSameInstant(zone);
        ZonedDateTime end = to.atZoneSameInstant(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            Optional<OfficeHours> hours = hoursOn(day);
            if (hours.isPresent()) {
                ZonedDateTime opens = latest(at(day, hours.get().opens()), start);
                ZonedDateTime closes = earliest(at(day, hours.get().closes()), end);
                if (opens.isBefore(closes)) {
                    total = total.plus(Duration.between(opens, closes));
                }
            }
        }
        return total;
    }

    /** The moment itself when the office is open, else the next opening. */
    public ZonedDateTime officeTimeFrom(OffsetDateTime moment) {
        ZonedDateTime local = moment.atZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        Optional<OfficeHours> hours = hoursOn(day);
        if (hours.isPresent()) {
            ZonedDateTime opens = at(day, hours.get().opens());
            if (local.isBefore(opens)) {
                return opens;
            }
            if (local.isBefore(at(day, hours.get().closes()))) {
                return local;
            }
        }
        LocalDate next = nextWorkingDay(day);
        return at(next, week.get(next.getDayOfWeek()).opens());
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within " + SEARCH_LIMIT_DAYS + " days after " + after);
    }

    private ZonedDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone);
    }

    private static ZonedDateTime latest(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime earliest(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
