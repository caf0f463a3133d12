package id.layanankecamatan.web;

import id.layanankecamatan.application.Times;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates as the citizen reads them, office time (WIB): "28 November 2026 14:05". Used in templates as @dates. */
@Component("dates")
public class IndonesianDates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

    public String format(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(Times.OFFICE_ZONE));
    }
}
