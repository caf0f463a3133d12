package id.layanankecamatan.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An allowed time in the ISO 8601 duration style, counted by the office calendar: {@code P3D} is three working
 * days, {@code PT2H} two hours of office time, {@code PT90M} or {@code PT1H30M} ninety minutes of office time.
 * Days and hours are not mixed, because "a working day" ends when the office closes, not after 24 hours.
 */
public record WorkingDuration(long amount, Unit unit) {

    public enum Unit { MINUTES, WORKING_DAYS }

    private static final Pattern DAYS = Pattern.compile("P(\\d{1,3})D");
    private static final Pattern TIME = Pattern.compile("PT(?:(\\d{1,4})H)?(?:(\\d{1,5})M)?");

    public WorkingDuration {
        if (amount <= 0) {
            throw new IllegalArgumentException("A working duration must be positive");
        }
    }

    public static WorkingDuration workingDays(long days) {
        return new WorkingDuration(days, Unit.WORKING_DAYS);
    }

    public static WorkingDuration minutes(long minutes) {
        return new WorkingDuration(minutes, Unit.MINUTES);
    }

    /** Also used by Spring to bind catalogue values such as {@code verify: PT2H}. */
    public static WorkingDuration valueOf(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher days = DAYS.matcher(value);
        if (days.matches()) {
            return workingDays(Long.parseLong(days.group(1)));
        }
        Matcher time = TIME.matcher(value);
        if (time.matches() && (time.group(1) != null || time.group(2) != null)) {
            long hours = time.group(1) == null ? 0 : Long.parseLong(time.group(1));
            long minutes = time.group(2) == null ? 0 : Long.parseLong(time.group(2));
            return minutes(hours * 60 + minutes);
        }
        throw new IllegalArgumentException("'" + text + "' is no working duration: use P<n>D (working days), "
                + "PT<n>H or PT<n>M (office hours or minutes)");
    }

    /** Indonesian, as the portal prints it: "3 hari kerja", "2 jam kerja", "90 menit kerja". */
    public String label() {
        if (unit == Unit.WORKING_DAYS) {
            return amount + " hari kerja";
        }
        return amount % 60 == 0 ? (amount / 60) + " jam kerja" : amount + " menit kerja";
    }

    @Override
    public String toString() {
        if (unit == Unit.WORKING_DAYS) {
            return "P" + amount + "D";
        }
        return amount % 60 == 0 ? "PT" + (amount / 60) + "H" : "PT" + amount + "M";
    }
}
