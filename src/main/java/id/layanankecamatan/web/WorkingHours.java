package id.layanankecamatan.web;

import id.layanankecamatan.calendar.CalendarProperties;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.OfficeHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The office's working hours (jam kerja, the time every deadline counts) as the citizen reads them, published next
 * to the counter hours (jam layanan) that may be shorter: "Senin–Kamis pukul 07.30–16.00 WIB (istirahat
 * 12.00–13.00); Jumat pukul 07.30–16.30 WIB (istirahat 11.30–13.00)". Breaks count in no deadline.
 */
@Component
public class WorkingHours {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final String text;

    public WorkingHours(CalendarProperties calendar, OfficeClock clock) {
        this.text = describe(calendar.week(), clock.abbreviation());
    }

    public String text() {
        return text;
    }

    /** Weekdays in a row with the same hours form one range; a day off is left out. */
    static String describe(Map<DayOfWeek, OfficeHours> week, String zone) {
        List<String> ranges = new ArrayList<>();
        DayOfWeek first = null;
        DayOfWeek last = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            OfficeHours hours = week.get(day);
            if (first != null && !week.get(first).equals(hours)) {
                ranges.add(range(first, last, week.get(first), zone));
                first = null;
            }
            if (hours != null && first == null) {
                first = day;
            }
            last = day;
        }
        if (first != null) {
            ranges.add(range(first, last, week.get(first), zone));
        }
        return String.join("; ", ranges);
    }

    private static String range(DayOfWeek first, DayOfWeek last, OfficeHours hours, String zone) {
        String days = first == last ? name(first) : name(first) + "–" + name(last);
        String breaks = hours.breaks().stream().map(b -> time(b.start()) + "–" + time(b.end()))
                .collect(Collectors.joining(", "));
        return days + " pukul " + time(hours.opens()) + "–" + time(hours.closes()) + " " + zone
                + (breaks.isEmpty() ? "" : " (istirahat " + breaks + ")");
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, INDONESIAN);
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }
}
