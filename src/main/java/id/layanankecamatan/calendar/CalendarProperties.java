package id.layanankecamatan.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's time zone, opening hours and breaks per weekday, and whether cuti bersama is a day off
 * ({@code layanan.calendar}). Hours are written {@code "07:30-16:00"}; a weekday that is left out or set to
 * {@code "-"} is a day off. Breaks are written the same way, several separated by commas, {@code "-"} for none.
 * Local rules vary, so the civil-service week of Perpres 21/2023 (Mon–Thu 07:30–16:00 with a break 12:00–13:00,
 * Fri 07:30–16:30 with a break 11:30–13:00) is only a default; when the hours are configured, the default breaks
 * do not apply (they might not fit).
 *
 * @param cutiBersamaDayOff whether cuti bersama stops the service clock like a national holiday (default: yes).
 *                          The SKB lets offices that serve the public directly stay open (piket) on those days.
 */
@ConfigurationProperties("layanan.calendar")
public record CalendarProperties(ZoneId zone, Map<String, String> hours, Map<String, String> breaks,
                                 Boolean cutiBersamaDayOff) {

    static final Map<String, String> DEFAULT_HOURS = Map.of(
            "monday", "07:30-16:00", "tuesday", "07:30-16:00", "wednesday", "07:30-16:00",
            "thursday", "07:30-16:00", "friday", "07:30-16:30");
    static final Map<String, String> DEFAULT_BREAKS = Map.of(
            "monday", "12:00-13:00", "tuesday", "12:00-13:00", "wednesday", "12:00-13:00",
            "thursday", "12:00-13:00", "friday", "11:30-13:00");

    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        boolean defaultWeek = hours == null || hours.isEmpty();
        hours = defaultWeek ? DEFAULT_HOURS : Map.copyOf(hours);
        breaks = breaks != null ? Map.copyOf(breaks) : defaultWeek ? DEFAULT_BREAKS : Map.of();
        cutiBersamaDayOff = cutiBersamaDayOff == null || cutiBersamaDayOff;
    }

    /** The parsed week; fails the start with a message naming the bad entry. */
    public Map<DayOfWeek, OfficeHours> week() {
        Map<DayOfWeek, TimeRange> open = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, value) -> parse("hours", day, value).ifPresent(range -> open.put(weekday("hours", day), range)));
        if (open.isEmpty()) {
            throw new IllegalStateException("layanan.calendar.hours: the office must open on at least one weekday");
        }
        Map<DayOfWeek, List<TimeRange>> pauses = new EnumMap<>(DayOfWeek.class);
        breaks.forEach((day, value) -> {
            DayOfWeek weekday = weekday("breaks", day);
            List<TimeRange> ranges = new ArrayList<>();
            for (String one : value == null ? new String[0] : value.split(",")) {
                parse("breaks", day, one).ifPresent(ranges::add);
            }
            if (!ranges.isEmpty() && !open.containsKey(weekday)) {
                throw new IllegalStateException("layanan.calendar.breaks." + day + ": the office is closed that day");
            }
            pauses.put(weekday, ranges);
        });
        Map<DayOfWeek, OfficeHours> week = new EnumMap<>(DayOfWeek.class);
        open.forEach((day, range) -> {
            try {
                week.put(day, new OfficeHours(range.start(), range.end(), pauses.getOrDefault(day, List.of())));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("layanan.calendar." + day.name().toLowerCase(Locale.ROOT) + ": "
                        + e.getMessage(), e);
            }
        });
        return week;
    }

    private static DayOfWeek weekday(String property, String day) {
        try {
            return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("layanan.calendar." + property + ": unknown weekday '" + day + "'", e);
        }
    }

    private static java.util.Optional<TimeRange> parse(String property, String day, String value) {
        try {
            return TimeRange.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("layanan.calendar." + property + "." + day + ": " + e.getMessage()
                    + " (write HH:mm-HH:mm)", e);
        }
    }
}
