package id.layanankecamatan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A stretch of the office's day, the half-open interval [start, end): office hours, a break. Whoever uses it checks
 * the order, with the words of its own rule.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    /**
     * {@code "07:30-16:00"} (also {@code "07.30-16.00"}, as Indonesians write times); {@code "-"} or blank is no
     * range. Anything else throws {@link IllegalArgumentException}; the order is not checked here.
     */
    static Optional<TimeRange> parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.equals("-")) {
            return Optional.empty();
        }
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not HH:mm-HH:mm");
        }
        return Optional.of(new TimeRange(time(parts[0]), time(parts[1])));
    }

    /** {@code "08:00"} or {@code "08.00"}. */
    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip().replace('.', ':'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not HH:mm", e);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
