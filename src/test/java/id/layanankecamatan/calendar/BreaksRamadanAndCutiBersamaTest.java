package id.layanankecamatan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What no deadline counts (breaks, cuti bersama when the office says so) and the Ramadan hours, on plain data. */
class BreaksRamadanAndCutiBersamaTest {

    private static final CalendarProperties DEFAULT_WEEK = new CalendarProperties(null, null, null, null);
    // Monday 30 November to Friday 4 December 2026, a test range (not a real Ramadan)
    private static final RamadanSchedule RAMADAN_WEEK = new RamadanSchedule(1, LocalDate.parse("2026-11-30"),
            LocalDate.parse("2026-12-04"), time("08:00"), time("15:00"), time("12:00"), time("12:30"), time("08:00"),
            time("15:30"), time("11:30"), time("12:30"), "Surat edaran uji");

    private final WorkingCalendar calendar = new WorkingCalendar(DEFAULT_WEEK, new HolidayDates(Map::of));

    @Test
    void ninetyMinutesStartedMondayAtHalfPastElevenEndAtTwoBecauseTheBreakIsCountedOut() {
        // 30 minutes until the break at 12:00, the other 60 after it ends at 13:00
        assertThat(calendar.add(at("2026-11-30T11:30"), WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2026-11-30T14:00"));
        // Friday's break is 11:30-13:00: an hour from 11:00 is half an hour before it and half an hour after
        assertThat(calendar.add(at("2026-12-04T11:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-12-04T13:30"));
        // ending exactly when the break starts ends there, as a deadline ending at closing does
        assertThat(calendar.add(at("2026-11-30T11:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-11-30T12:00"));
    }

    @Test
    void aStartInTheBreakWaitsForItsEndAndTheBreakIsNoOfficeTime() {
        assertThat(calendar.add(at("2026-11-30T12:15"), WorkingDuration.valueOf("PT30M"))).isEqualTo(at("2026-11-30T13:30"));
        assertThat(calendar.officeTimeFrom(at("2026-11-30T12:00")).toOffsetDateTime()).isEqualTo(at("2026-11-30T13:00"));
        assertThat(calendar.officeTimeBetween(at("2026-11-30T11:00"), at("2026-11-30T14:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.officeTimeBetween(at("2026-11-30T12:10"), at("2026-11-30T12:50"))).isZero();
        // working days still end at closing
        assertThat(calendar.addWorkingDays(at("2026-11-30T12:30"), 1)).isEqualTo(at("2026-12-01T16:00"));
        // the civil-service week of Perpres 21/2023: 37 h 30 min of office time
        assertThat(calendar.officeTimeBetween(at("2026-11-30T00:00"), at("2026-12-05T00:00")))
                .isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void breaksAreConfiguredPerWeekdaySeveralSeparatedByCommas() {
        WorkingCalendar configured = new WorkingCalendar(bind(Map.of(
                "layanan.calendar.hours.monday", "08:00-16:00",
                "layanan.calendar.breaks.monday", "12:00-12:30, 15:00-15:15")), new HolidayDates(Map::of));
        // 15 minutes before 12:00, 45 after 12:30
        assertThat(configured.add(at("2026-11-30T11:45"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-11-30T13:15"));
        // 10 minutes before 15:00, 20 after 15:15
        assertThat(configured.add(at("2026-11-30T14:50"), WorkingDuration.valueOf("PT30M"))).isEqualTo(at("2026-11-30T15:35"));
        assertThat(configured.week().get(DayOfWeek.MONDAY).label())
                .isEqualTo("08.00–16.00, istirahat 12.00–12.30, 15.00–15.15");
        assertThat(configured.week().get(DayOfWeek.MONDAY).lengthLabel()).isEqualTo("7 jam 15 menit");
        assertThat(DEFAULT_WEEK.week().get(DayOfWeek.FRIDAY).label()).isEqualTo("07.30–16.30, istirahat 11.30–13.00");
        // "-" is no break
        assertThat(bind(Map.of("layanan.calendar.hours.monday", "08:00-16:00", "layanan.calendar.breaks.monday", "-"))
                .week().get(DayOfWeek.MONDAY).breaks()).isEmpty();
    }

    @Test
    void aBadBreakStopsTheStartNamingTheEntry() {
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("monday", "08:00-16:00"),
                Map.of("tuesday", "12:00-13:00"), null).week()).hasMessageContaining("breaks.tuesday")
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("friday", "07:30-11:00"),
                Map.of("friday", "11:30-13:00"), null).week()).hasMessageContaining("friday")
                .hasMessageContaining("within the office hours");
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("monday", "08:00-16:00"),
                Map.of("monday", "12:00"), null).week()).hasMessageContaining("breaks.monday");
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("monday", "08:00-16:00"),
                Map.of("monday", "13:00-12:00"), null).week()).hasMessageContaining("start before it ends");
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("monday", "08:00-16:00"),
                Map.of("monday", "12:00-13:00,12:30-13:30"), null).week()).hasMessageContaining("overlap");
    }

    @Test
    void aRamadanDayHasTheSchedulesHoursAndBreak() {
        WorkingCalendar ramadan = new WorkingCalendar(DEFAULT_WEEK, new HolidayDates(Map::of),
                new RamadanSchedules(() -> List.of(RAMADAN_WEEK)));
        assertThat(ramadan.hoursOn(LocalDate.parse("2026-11-30")).orElseThrow().label())
                .isEqualTo("08.00–15.00, istirahat 12.00–12.30");
        // the office opens at 08:00, not 07:30
        assertThat(ramadan.add(at("2026-11-30T07:45"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-11-30T09:00"));
        // the shorter break: 30 minutes before 12:00, 60 after 12:30
        assertThat(ramadan.add(at("2026-11-30T11:30"), WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2026-11-30T13:30"));
        // a working day ends at the Ramadan closing time, Friday's at its own
        assertThat(ramadan.addWorkingDays(at("2026-11-30T10:00"), 1)).isEqualTo(at("2026-12-01T15:00"));
        assertThat(ramadan.addWorkingDays(at("2026-12-03T10:00"), 1)).isEqualTo(at("2026-12-04T15:30"));
        // after the last day the ordinary hours return: Friday 15:00-15:30, then Monday from 07:30
        assertThat(ramadan.add(at("2026-12-04T15:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-12-07T08:00"));
        // a Ramadan week as Perpres 21/2023 has it: 32 h 30 min
        assertThat(ramadan.officeTimeBetween(at("2026-11-30T00:00"), at("2026-12-05T00:00")))
                .isEqualTo(Duration.ofMinutes(32 * 60 + 30));
        // a holiday in the range stays a day off
        WorkingCalendar withHoliday = new WorkingCalendar(DEFAULT_WEEK,
                new HolidayDates(() -> Map.of(LocalDate.parse("2026-12-01"), HolidayKind.NATIONAL)),
                new RamadanSchedules(() -> List.of(RAMADAN_WEEK)));
        assertThat(withHoliday.hoursOn(LocalDate.parse("2026-12-01"))).isEmpty();
        assertThat(withHoliday.addWorkingDays(at("2026-11-30T10:00"), 1)).isEqualTo(at("2026-12-02T15:00"));
    }

    @Test
    void cutiBersamaStopsTheClockUnlessTheSettingIsOff() {
        LocalDate cutiBersama = LocalDate.parse("2026-12-01");
        HolidayDates table = new HolidayDates(() -> Map.of(cutiBersama, HolidayKind.CUTI_BERSAMA,
                LocalDate.parse("2026-12-02"), HolidayKind.NATIONAL));
        WorkingCalendar dayOff = new WorkingCalendar(DEFAULT_WEEK, table);
        assertThat(dayOff.isWorkingDay(cutiBersama)).isFalse();
        assertThat(dayOff.addWorkingDays(at("2026-11-30T10:00"), 1)).isEqualTo(at("2026-12-03T16:00"));

        WorkingCalendar open = new WorkingCalendar(bind(Map.of("layanan.calendar.cuti-bersama-day-off", "false")), table);
        assertThat(open.cutiBersamaDayOff()).isFalse();
        // the day of cuti bersama counts; the national holiday after it does not
        assertThat(open.isWorkingDay(cutiBersama)).isTrue();
        assertThat(open.addWorkingDays(at("2026-11-30T10:00"), 1)).isEqualTo(at("2026-12-01T16:00"));
        assertThat(open.isWorkingDay(LocalDate.parse("2026-12-02"))).isFalse();
        // by default it is a day off
        assertThat(bind(Map.of()).cutiBersamaDayOff()).isTrue();
    }

    /** The properties as Spring binds them from the configuration. */
    private static CalendarProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("layanan.calendar",
                CalendarProperties.class);
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static OffsetDateTime at(String jakartaLocal) {
        return OffsetDateTime.parse(jakartaLocal + ":00+07:00");
    }
}
