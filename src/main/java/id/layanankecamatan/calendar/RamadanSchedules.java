package id.layanankecamatan.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The Ramadan schedules of the table, read once and kept until the table changes. */
public class RamadanSchedules {

    static final RamadanSchedules NONE = new RamadanSchedules(List::of);

    private final TableSnapshot<List<RamadanSchedule>> table;

    /** {@code source} reads the table (in the application: {@link RamadanScheduleRepository#all()}). */
    public RamadanSchedules(Supplier<? extends List<RamadanSchedule>> source) {
        this.table = new TableSnapshot<>(() -> List.copyOf(source.get()));
    }

    /** The schedule covering the day; schedules never overlap (checked when they are entered). */
    Optional<RamadanSchedule> on(LocalDate day) {
        return table.get().stream().filter(schedule -> schedule.covers(day)).findFirst();
    }

    void invalidate() {
        table.invalidate();
    }
}
