package id.layanankecamatan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One day's office hours: opening, closing and the breaks in between (Perpres 21/2023: 60 minutes Monday to Thursday,
 * 90 on Friday). Office time is [opens, closes) without the breaks; no deadline counts a break.
 */
public record OfficeHours(LocalTime opens, LocalTime closes, List<TimeRange> breaks) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalStateException("Office hours must open before they close: " + opens + "-" + closes);
        }
        breaks = breaks == null ? List.of()
                : breaks.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        for (int i = 0; i < breaks.size(); i++) {
            TimeRange pause = breaks.get(i);
            if (!pause.start().isBefore(pause.end())) {
                throw new IllegalStateException("A break must start before it ends: " + pause.start() + "-" + pause.end());
            }
            // a break at opening or closing would only be a later opening or an earlier closing: set those instead
            if (!pause.start().isAfter(opens) || !pause.end().isBefore(closes)) {
                throw new IllegalStateException("A break must lie within the office hours " + opens + "-" + closes
                        + ": " + pause.start() + "-" + pause.end());
            }
            if (i > 0 && !breaks.get(i - 1).end().isBefore(pause.start())) {
                throw new IllegalStateException("Breaks must not overlap or touch: " + breaks.get(i - 1).start() + "-"
                        + breaks.get(i - 1).end() + " and " + pause.start() + "-" + pause.end());
            }
        }
    }

    public OfficeHours(LocalTime opens, LocalTime closes) {
        this(opens, closes, List.of());
    }

    /** The stretches of office time, in order: opening to the first break, …, the last break to closing. */
    public List<TimeRange> periods() {
        List<TimeRange> periods = new ArrayList<>();
        LocalTime from = opens;
        for (TimeRange pause : breaks) {
            periods.add(new TimeRange(from, pause.start()));
            from = pause.end();
        }
        periods.add(new TimeRange(from, closes));
        return periods;
    }

    /** As staff read it: "07.30–16.00, istirahat 12.00–13.00" (times written the Indonesian way). */
    public String label() {
        String text = time(opens) + "–" + time(closes);
        if (breaks.isEmpty()) {
            return text + ", tanpa istirahat";
        }
        return text + ", istirahat " + String.join(", ", breaks.stream()
                .map(pause -> time(pause.start()) + "–" + time(pause.end())).toList());
    }

    /** The day's office time as staff read it: "7 jam 30 menit", "8 jam". */
    public String lengthLabel() {
        Duration length = length();
        return length.toHours() + " jam" + (length.toMinutesPart() == 0 ? "" : " " + length.toMinutesPart() + " menit");
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** Office time in the day, breaks left out. */
    public Duration length() {
        return periods().stream().map(TimeRange::length).reduce(Duration.ZERO, Duration::plus);
    }
}
