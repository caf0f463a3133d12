package id.layanankecamatan.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dates of the holiday table, read once and kept until the table changes: deadlines are computed on every
 * task and timer, holidays change a few times a year.
 */
public class HolidayDates {

    private final Supplier<? extends Collection<LocalDate>> source;
    private volatile Set<LocalDate> cached;

    /** {@code source} reads the table (in the application: {@link HolidayRepository#allDates()}). */
    public HolidayDates(Supplier<? extends Collection<LocalDate>> source) {
        this.source = source;
    }

    boolean contains(LocalDate date) {
        Set<LocalDate> dates = cached;
        return (dates == null ? load() : dates).contains(date);
    }

    /** Called after every committed change of the table, so the next computation reads it again. */
    synchronized void invalidate() {
        cached = null;
    }

    // synchronized with invalidate(): a load that started before a change can not be kept after it
    private synchronized Set<LocalDate> load() {
        if (cached == null) {
            cached = Set.copyOf(source.get());
        }
        return cached;
    }
}
