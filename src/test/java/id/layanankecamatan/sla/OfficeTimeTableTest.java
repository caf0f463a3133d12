package id.layanankecamatan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.calendar.CalendarProperties;
import id.layanankecamatan.calendar.HolidayDates;
import id.layanankecamatan.calendar.HolidayKind;
import id.layanankecamatan.calendar.RamadanSchedule;
import id.layanankecamatan.calendar.RamadanSchedules;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The monthly report's office time table counts exactly what the calendar counts, pair by pair. */
@Tag("fast")
class OfficeTimeTableTest {

    // holidays, cuti bersama, breaks and a Ramadan week inside the stretch
    private final WorkingCalendar calendar = new WorkingCalendar(new CalendarProperties(null, null, null, null),
            new HolidayDates(() -> Map.of(LocalDate.parse("2026-12-25"), HolidayKind.NATIONAL,
                    LocalDate.parse("2026-12-24"), HolidayKind.CUTI_BERSAMA)),
            new RamadanSchedules(() -> List.of(new RamadanSchedule(1, LocalDate.parse("2026-11-30"),
                    LocalDate.parse("2026-12-04"), time("08:00"), time("15:00"), time("12:00"), time("12:30"),
                    time("08:00"), time("15:30"), time("11:30"), time("12:30"), "Surat edaran uji"))));

    @Test
    void everyPairCountsAsTheCalendarCountsIt() {
        OffsetDateTime origin = OffsetDateTime.parse("2026-11-20T00:00:00+07:00");
        OfficeTimeTable table = OfficeTimeTable.covering(calendar, LocalDate.parse("2026-11-25"),
                LocalDate.parse("2027-01-05"));
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            // some pairs reach outside the stretch, some end before they start, all carry milliseconds
            OffsetDateTime from = origin.plusSeconds(random.nextInt(50 * 86_400)).plusNanos(random.nextInt(1000) * 1_000_000L);
            OffsetDateTime to = from.plusSeconds(random.nextInt(12 * 86_400) - 86_400).plusNanos(random.nextInt(1000) * 1_000_000L);
            assertThat(table.between(from, to)).as("%s to %s", from, to).isEqualTo(calendar.officeTimeBetween(from, to));
        }
    }

    private static LocalTime time(String value) {
        return LocalTime.parse(value);
    }
}
