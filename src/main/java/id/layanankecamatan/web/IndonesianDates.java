package id.layanankecamatan.web;

import id.layanankecamatan.calendar.OfficeClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates as the citizen reads them, on the office's clock: "28 November 2026 14:05", with the zone's name where a
 * time is a promise or a limit ("28 November 2026 14:05 WITA"). Used in templates as @dates.
 */
@Component("dates")
public class IndonesianDates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

    private static final DateTimeFormatter DAY_DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

    private final OfficeClock clock;

    public IndonesianDates(OfficeClock clock) {
        this.clock = clock;
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(clock.zone()));
    }

    /** A time and the office's zone: "1 Desember 2026 16:00 WIB"; "-" for none. */
    public String zoned(OffsetDateTime time) {
        return time == null ? "-" : format(time) + " " + clock.abbreviation();
    }

    /** A promise to the citizen, in the office's zone and named: "Senin, 30 November 2026 16:00 WIB". */
    public String deadline(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return DAY_DATE_TIME.format(time.atZoneSameInstant(clock.zone())) + " " + clock.abbreviation();
    }
}
