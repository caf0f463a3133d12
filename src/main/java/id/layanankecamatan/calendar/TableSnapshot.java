package id.layanankecamatan.calendar;

import java.util.function.Supplier;

/**
 * What the calendar read from one of its tables, kept until the table changes: deadlines are computed on every task
 * and timer, the tables change a few times a year.
 */
final class TableSnapshot<T> {

    private final Supplier<T> source;
    private volatile T cached;

    TableSnapshot(Supplier<T> source) {
        this.source = source;
    }

    T get() {
        T value = cached;
        return value == null ? load() : value;
    }

    /** Called after every committed change of the table, so the next computation reads it again. */
    synchronized void invalidate() {
        cached = null;
    }

    // synchronized with invalidate(): a load that started before a change can not be kept after it
    private synchronized T load() {
        if (cached == null) {
            cached = source.get();
        }
        return cached;
    }
}
