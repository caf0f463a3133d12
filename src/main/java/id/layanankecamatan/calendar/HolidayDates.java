package id.layanankecamatan.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The days of the holiday table and their kind, read once and kept until the table changes. */
public class HolidayDates {

    private final TableSnapshot<Map<LocalDate, HolidayKind>> table;

    /** {@code source} reads the table (in the application: {@link HolidayRepository#kindsByDate()}). */
    public HolidayDates(Supplier<? extends Map<LocalDate, HolidayKind>> source) {
        this.table = new TableSnapshot<>(() -> Map.copyOf(source.get()));
    }

    /** The kind of holiday on that date; empty on an ordinary day. */
    Optional<HolidayKind> on(LocalDate date) {
        return Optional.ofNullable(table.get().get(date));
    }

    /** Called after every committed change of the table, so the next computation reads it again. */
    void invalidate() {
        table.invalidate();
    }
}
