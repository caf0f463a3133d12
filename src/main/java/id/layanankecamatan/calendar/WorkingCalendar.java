package id.layanankecamatan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's working time, the one place where deadlines are computed (processes, due dates, the citizen's
 * promised completion time). All counting happens in the office's time zone, whatever zone the input carries.
 *
 * <ul>
 * <li>A <b>working day</b> is a weekday with office hours that is not in the holiday table (a day of cuti bersama
 * is one when the office counts it: {@link CalendarProperties#cutiBersamaDayOff()}).</li>
 * <li>A day's <b>hours</b> are the week's hours for its weekday, or those of the Ramadan schedule covering it.</li>
 * <li><b>Office time</b> is [opening, closing) of a working day without its breaks. A start outside office time
 * (before opening, in a break, at or after closing, on a day off) moves to the next moment of office time.</li>
 * <li><b>N minutes or hours</b> from a start: the moment N minutes of office time have passed after the (moved)
 * start, carried over breaks, closing times, weekends and holidays.</li>
 * <li><b>N working days</b> from a start: closing time of the N-th working day after the day of the (moved)
 * start. Friday 10:00 + 1 working day = Monday at closing; Friday 17:00 + 1 = Tuesday at closing.</li>
 * </ul>
 */
public class WorkingCalendar {

    // more than ten years without a single working day means a broken configuration, not a long holiday
    private static final int SEARCH_LIMIT_DAYS = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, OfficeHours> week;
    private final boolean cutiBersamaDayOff;
    private final HolidayDates holidays;
    private final RamadanSchedules ramadan;

    public WorkingCalendar(CalendarProperties properties, HolidayDates holidays, RamadanSchedules ramadan) {
        this.zone = properties.zone();
        this.week = properties.week();
        this.cutiBersamaDayOff = properties.cutiBersamaDayOff();
        this.holidays = holidays;
        this.ramadan = ramadan;
    }

    /** A calendar without Ramadan schedules. */
    public WorkingCalendar(CalendarProperties properties, HolidayDates holidays) {
        this(properties, holidays, RamadanSchedules.NONE);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The ordinary week: the hours and breaks of each weekday the office opens. */
    public Map<DayOfWeek, OfficeHours> week() {
        return week;
    }

    public boolean cutiBersamaDayOff() {
        return cutiBersamaDayOff;
    }

    public boolean isWorkingDay(LocalDate day) {
        return week.containsKey(day.getDayOfWeek()) && holidays.on(day)
                .filter(kind -> kind != HolidayKind.CUTI_BERSAMA || cutiBersamaDayOff).isEmpty();
    }

    /** Office hours of the day (a Ramadan schedule's on its days), empty on a weekend or holiday. */
    public Optional<OfficeHours> hoursOn(LocalDate day) {
        if (!isWorkingDay(day)) {
            return Optional.empty();
        }
        return Optional.of(ramadan.on(day).map(schedule -> schedule.hoursOn(day.getDayOfWeek()))
                .orElseGet(() -> week.get(day.getDayOfWeek())));
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
        return at(day, workingHours(day).closes()).toOffsetDateTime();
    }

    public OffsetDateTime addOfficeTime(OffsetDateTime start, Duration officeTime) {
        ZonedDateTime cursor = officeTimeFrom(start);
        Duration left = officeTime;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            for (TimeRange period : workingHours(day).periods()) {
                ZonedDateTime from = latest(at(day, period.start()), cursor);
                Duration available = Duration.between(from, at(day, period.end()));
                if (available.isNegative()) {
                    continue;
                }
                if (left.compareTo(available) <= 0) {
                    return from.plus(left).toOffsetDateTime();
                }
                left = left.minus(available);
            }
            LocalDate next = nextWorkingDay(day);
            cursor = at(next, workingHours(next).opens());
        }
    }

    /**
     * Working days from {@code from} to {@code to}, counted as {@link #addWorkingDays} counts them: the working days
     * after the day of the (moved) start, up to and including the day of {@code to}. Received Monday 10:00 and done
     * Monday = 0, done Tuesday = 1; never negative.
     */
    public long workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        LocalDate day = officeTimeFrom(from).toLocalDate();
        LocalDate last = to.atZoneSameInstant(zone).toLocalDate();
        long days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** Office time between two moments, e.g. how long the service clock stood still. */
    public Duration officeTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        ZonedDateTime start = from.atZoneSameInstant(zone);
        ZonedDateTime end = to.atZoneSameInstant(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            for (TimeRange period : hoursOn(day).map(OfficeHours::periods).orElse(List.of())) {
                ZonedDateTime opens = latest(at(day, period.start()), start);
                ZonedDateTime closes = earliest(at(day, period.end()), end);
                if (opens.isBefore(closes)) {
                    total = total.plus(Duration.between(opens, closes));
                }
            }
        }
        return total;
    }

    /** The moment itself when the office is open, else the next moment it is (after a break, the next opening). */
    public ZonedDateTime officeTimeFrom(OffsetDateTime moment) {
        ZonedDateTime local = moment.atZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        Optional<OfficeHours> hours = hoursOn(day);
        if (hours.isPresent()) {
            for (TimeRange period : hours.get().periods()) {
                if (local.isBefore(at(day, period.end()))) {
                    return latest(at(day, period.start()), local);
                }
            }
        }
        LocalDate next = nextWorkingDay(day);
        return at(next, workingHours(next).opens());
    }

    /** The hours of a day known to be a working day. */
    private OfficeHours workingHours(LocalDate day) {
        return hoursOn(day).orElseThrow(() -> new IllegalStateException(day + " is no working day"));
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
