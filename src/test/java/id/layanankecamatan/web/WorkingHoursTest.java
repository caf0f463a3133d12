package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.calendar.OfficeHours;
import id.layanankecamatan.calendar.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working hours as published: weekdays in a row with the same hours are one range, a day off breaks it. */
class WorkingHoursTest {

    private static final OfficeHours LONG = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(16, 0),
            List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0))));
    private static final OfficeHours FRIDAY = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(16, 30),
            List.of(new TimeRange(LocalTime.of(11, 30), LocalTime.of(13, 0))));
    private static final OfficeHours SHORT = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0));

    @Test
    void theCivilServiceWeekIsTwoRanges() {
        assertThat(WorkingHours.describe(Map.of(DayOfWeek.MONDAY, LONG, DayOfWeek.TUESDAY, LONG,
                DayOfWeek.WEDNESDAY, LONG, DayOfWeek.THURSDAY, LONG, DayOfWeek.FRIDAY, FRIDAY), "WIB"))
                .isEqualTo("Senin–Kamis pukul 07.30–16.00 WIB (istirahat 12.00–13.00); "
                        + "Jumat pukul 07.30–16.30 WIB (istirahat 11.30–13.00)");
    }

    @Test
    void aDayOffSplitsDaysWithTheSameHours() {
        assertThat(WorkingHours.describe(Map.of(DayOfWeek.MONDAY, LONG, DayOfWeek.TUESDAY, LONG,
                DayOfWeek.THURSDAY, LONG, DayOfWeek.SATURDAY, SHORT, DayOfWeek.SUNDAY, SHORT), "WITA"))
                .isEqualTo("Senin–Selasa pukul 07.30–16.00 WITA (istirahat 12.00–13.00); "
                        + "Kamis pukul 07.30–16.00 WITA (istirahat 12.00–13.00); "
                        + "Sabtu–Minggu pukul 08.00–12.00 WITA");
    }
}
