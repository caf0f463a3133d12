package id.layanankecamatan.sla;

import id.layanankecamatan.calendar.OfficeHours;
import id.layanankecamatan.calendar.TimeRange;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Office time between many pairs of moments within one stretch of days, counted exactly as
 * {@link WorkingCalendar#officeTimeBetween} counts it, with the stretch's office periods looked up once: the monthly
 * report measures thousands of applications over the same few weeks, and building the calendar's days again for
 * each of them was most of its time. A pair outside the stretch is left to the calendar itself.
 */
final class OfficeTimeTable {

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final LocalDate first;
    // per day of the stretch: the office periods as [start, end) in nanoseconds since the epoch, flattened
    private final long[][] periods;
    // office nanoseconds of all the stretch's days before day i (periods.length + 1 entries)
    private final long[] before;

    private OfficeTimeTable(WorkingCalendar calendar, LocalDate first, LocalDate last) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.first = first;
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        this.periods = new long[days][];
        this.before = new long[days + 1];
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            List<TimeRange> ranges = calendar.hoursOn(day).map(OfficeHours::periods).orElse(List.of());
            long[] bounds = new long[ranges.size() * 2];
            long total = 0;
            for (int p = 0; p < ranges.size(); p++) {
                bounds[2 * p] = nanos(day.atTime(ranges.get(p).start()).atZone(zone).toInstant());
                bounds[2 * p + 1] = nanos(day.atTime(ranges.get(p).end()).atZone(zone).toInstant());
                total += Math.max(0, bounds[2 * p + 1] - bounds[2 * p]);
            }
            periods[i] = bounds;
            before[i + 1] = before[i] + total;
        }
    }

    /** The days from {@code first} to {@code last} (in the office's zone), both included. */
    static OfficeTimeTable covering(WorkingCalendar calendar, LocalDate first, LocalDate last) {
        return new OfficeTimeTable(calendar, first, last.isBefore(first) ? first : last);
    }

    Duration between(OffsetDateTime from, OffsetDateTime to) {
        LocalDate startDay = from.atZoneSameInstant(zone).toLocalDate();
        LocalDate endDay = to.atZoneSameInstant(zone).toLocalDate();
        int start = (int) ChronoUnit.DAYS.between(first, startDay);
        int end = (int) ChronoUnit.DAYS.between(first, endDay);
        if (start < 0 || end >= periods.length) {
            return calendar.officeTimeBetween(from, to);
        }
        if (end < start) {
            return Duration.ZERO;
        }
        long f = nanos(from.toInstant());
        long t = nanos(to.toInstant());
        long total = within(start, f, t);
        if (end > start) {
            // the days in between lie wholly between the two moments
            total += before[end] - before[start + 1] + within(end, f, t);
        }
        return Duration.ofNanos(total);
    }

    /** Office time of day {@code i} between the two moments. */
    private long within(int i, long from, long to) {
        long total = 0;
        long[] bounds = periods[i];
        for (int p = 0; p < bounds.length; p += 2) {
            long opens = Math.max(bounds[p], from);
            long closes = Math.min(bounds[p + 1], to);
            if (opens < closes) {
                total += closes - opens;
            }
        }
        return total;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
