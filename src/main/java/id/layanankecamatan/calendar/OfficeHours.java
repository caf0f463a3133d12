package id.layanankecamatan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Opening and closing time of one weekday; office time is the half-open interval [opens, closes). */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalStateException("Office hours must open before they close: " + opens + "-" + closes);
        }
    }

    /** {@code "07:30-16:00"}; {@code "-"} or blank means closed all day. */
    static Optional<OfficeHours> parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.equals("-")) {
            return Optional.empty();
        }
        String[] parts = text.split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("expected HH:mm-HH:mm", text, 0);
            }
            return Optional.of(new OfficeHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("layanan.calendar.hours: '" + text + "' is not HH:mm-HH:mm", e);
        }
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }
}
