package id.layanankecamatan.web;

import id.layanankecamatan.application.Times;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Dates as the citizen reads them, office time (WIB): "28 November 2026 14:05". Used in templates as @dates. */
@Component("dates")
public class IndonesianDates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

    private static final DateTimeFormatter DAY_DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));
    // Indonesia's three time zones by their everyday names
    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private final WorkingCalendar calendar;

    public IndonesianDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(Times.OFFICE_ZONE));
    }

    /** A promise to the citizen, in the office's zone and named: "Senin, 30 November 2026 16:00 WIB". */
    public String deadline(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        String zone = calendar.zone().getId();
        return DAY_DATE_TIME.format(time.atZoneSameInstant(calendar.zone())) + " " + ZONE_NAMES.getOrDefault(zone, zone);
    }
}
