package id.layanankecamatan.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's time zone and opening hours per weekday ({@code layanan.calendar}). Hours are written
 * {@code "07:30-16:00"}; a weekday that is left out or set to {@code "-"} is a day off. Local rules vary, so
 * the civil-service default (Mon–Thu 07:30–16:00, Fri 07:30–16:30) is only a default.
 */
@ConfigurationProperties("layanan.calendar")
public record CalendarProperties(ZoneId zone, Map<String, String> hours) {

    static final Map<String, String> DEFAULT_HOURS = Map.of(
            "monday", "07:30-16:00", "tuesday", "07:30-16:00", "wednesday", "07:30-16:00",
            "thursday", "07:30-16:00", "friday", "07:30-16:30");

    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        hours = hours == null || hours.isEmpty() ? DEFAULT_HOURS : Map.copyOf(hours);
    }

    /** The parsed week; fails the start with a message naming the bad entry. */
    public Map<DayOfWeek, OfficeHours> week() {
        Map<DayOfWeek, OfficeHours> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, value) -> {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("layanan.calendar.hours: unknown weekday '" + day + "'", e);
            }
            OfficeHours.parse(value).ifPresent(open -> week.put(weekday, open));
        });
        if (week.isEmpty()) {
            throw new IllegalStateException("layanan.calendar.hours: the office must open on at least one weekday");
        }
        return week;
    }
}
