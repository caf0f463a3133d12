package id.layanankecamatan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The calendar's rules on the default office week, with holidays given as plain dates. */
@Tag("fast")
class WorkingCalendarTest {

    private static final CalendarProperties DEFAULT_WEEK = new CalendarProperties(null, null, null, null);

    private final WorkingCalendar calendar = new WorkingCalendar(DEFAULT_WEEK, new HolidayDates(Map::of));

    @Test
    void workingDaysSkipTheWeekendAndEndWhenTheOfficeCloses() {
        OffsetDateTime friday = at("2026-11-27T10:00");
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(at("2026-11-30T16:00"));
        // the tenth working day is a Friday, when the office closes at 16:30
        assertThat(calendar.addWorkingDays(friday, 10)).isEqualTo(at("2026-12-11T16:30"));
    }

    @Test
    void workingDaysBetweenCountAsAddingThemDoes() {
        OffsetDateTime friday = at("2026-11-27T10:00");
        assertThat(calendar.workingDaysBetween(friday, at("2026-11-27T15:00"))).isZero();
        // the weekend does not count; Monday is the first working day after Friday
        assertThat(calendar.workingDaysBetween(friday, at("2026-11-29T12:00"))).isZero();
        assertThat(calendar.workingDaysBetween(friday, calendar.addWorkingDays(friday, 1))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, calendar.addWorkingDays(friday, 10))).isEqualTo(10);
        // received after closing: counted from the next opening, as a deadline is
        assertThat(calendar.workingDaysBetween(at("2026-11-27T17:00"), at("2026-12-01T09:00"))).isEqualTo(1);
        WorkingCalendar withHoliday = new WorkingCalendar(DEFAULT_WEEK,
                new HolidayDates(() -> Map.of(LocalDate.parse("2026-11-30"), HolidayKind.NATIONAL)));
        assertThat(withHoliday.workingDaysBetween(friday, at("2026-12-01T09:00"))).isEqualTo(1);
    }

    @Test
    void fridayClosesHalfAnHourLater() {
        // Thursday + 1 working day ends on Friday at 16:30
        assertThat(calendar.addWorkingDays(at("2026-11-26T09:00"), 1)).isEqualTo(at("2026-11-27T16:30"));
        // Friday 16:10 is still office time; 30 minutes run 20 minutes on Friday and 10 on Monday
        assertThat(calendar.add(at("2026-11-27T16:10"), WorkingDuration.valueOf("PT30M")))
                .isEqualTo(at("2026-11-30T07:40"));
        // the same on a Thursday: 16:10 is after closing, so the 30 minutes start on Friday morning
        assertThat(calendar.add(at("2026-11-26T16:10"), WorkingDuration.valueOf("PT30M")))
                .isEqualTo(at("2026-11-27T08:00"));
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        WorkingCalendar withHoliday = new WorkingCalendar(DEFAULT_WEEK,
                new HolidayDates(() -> Map.of(LocalDate.parse("2026-11-30"), HolidayKind.NATIONAL)));
        assertThat(withHoliday.isWorkingDay(LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(withHoliday.addWorkingDays(at("2026-11-27T10:00"), 1)).isEqualTo(at("2026-12-01T16:00"));
        assertThat(withHoliday.add(at("2026-11-27T16:00"), WorkingDuration.valueOf("PT1H")))
                .isEqualTo(at("2026-12-01T08:00"));
    }

    @Test
    void aStartOutsideOfficeHoursMovesToTheNextOpening() {
        // after closing on Friday: counting starts on Monday, so 1 working day ends on Tuesday
        assertThat(calendar.addWorkingDays(at("2026-11-27T17:00"), 1)).isEqualTo(at("2026-12-01T16:00"));
        // at closing time exactly the office is closed
        assertThat(calendar.officeTimeFrom(at("2026-11-26T16:00"))).isEqualTo(at("2026-11-27T07:30").toZonedDateTime()
                .withZoneSameInstant(ZoneId.of("Asia/Jakarta")));
        // on a Sunday, and early in the morning
        assertThat(calendar.add(at("2026-11-29T11:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-11-30T08:30"));
        assertThat(calendar.add(at("2026-11-30T05:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2026-11-30T08:30"));
    }

    @Test
    void minutesAndHoursCountOfficeTimeWhileWorkingDaysEndAtClosing() {
        OffsetDateTime mondayAfternoon = at("2026-11-30T15:00");
        // 60 minutes on Monday until closing, the other 30 on Tuesday morning
        assertThat(calendar.add(mondayAfternoon, WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2026-12-01T08:00"));
        assertThat(calendar.add(mondayAfternoon, WorkingDuration.valueOf("PT1H30M"))).isEqualTo(at("2026-12-01T08:00"));
        assertThat(calendar.add(mondayAfternoon, WorkingDuration.valueOf("PT2H"))).isEqualTo(at("2026-12-01T08:30"));
        assertThat(calendar.add(mondayAfternoon, WorkingDuration.valueOf("P1D"))).isEqualTo(at("2026-12-01T16:00"));
        // a full office day of hours (7.5 h Monday to Thursday, the break left out) is not the same as one working day
        assertThat(calendar.add(at("2026-11-30T07:30"), WorkingDuration.valueOf("PT450M"))).isEqualTo(at("2026-11-30T16:00"));
        assertThat(calendar.add(at("2026-11-30T07:30"), WorkingDuration.valueOf("P1D"))).isEqualTo(at("2026-12-01T16:00"));
    }

    @Test
    void countsInTheOfficeZoneWhateverZoneTheInputCarries() {
        // Friday 18:00 UTC is Saturday 01:00 in Jakarta: counting starts on Monday
        assertThat(calendar.addWorkingDays(OffsetDateTime.parse("2026-11-27T18:00:00Z"), 1)).isEqualTo(at("2026-12-01T16:00"));
        // Friday 08:00 UTC is Friday 15:00 in Jakarta, still office time
        assertThat(calendar.addWorkingDays(OffsetDateTime.parse("2026-11-27T08:00:00Z"), 1)).isEqualTo(at("2026-11-30T16:00"));
    }

    @Test
    void theZoneAndTheHoursAreConfiguration() {
        // an office in WITA (UTC+8) that also opens on Saturday morning
        WorkingCalendar makassar = new WorkingCalendar(new CalendarProperties(ZoneId.of("Asia/Makassar"),
                Map.of("monday", "08:00-16:00", "friday", "08:00-11:00", "saturday", "08:00-12:00"), null, null),
                new HolidayDates(Map::of));
        assertThat(makassar.addWorkingDays(OffsetDateTime.parse("2026-11-27T09:00:00+08:00"), 1))
                .isEqualTo(OffsetDateTime.parse("2026-11-28T12:00:00+08:00"));
        assertThat(makassar.isWorkingDay(LocalDate.parse("2026-12-01"))).isFalse();
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("funday", "08:00-12:00"), null, null).week())
                .hasMessageContaining("funday");
        assertThatThrownBy(() -> new CalendarProperties(null, Map.of("monday", "16:00-08:00"), null, null).week())
                .hasMessageContaining("open before they close");
    }

    @Test
    void officeTimeBetweenTwoMomentsLeavesOutNightsWeekendsAndHolidays() {
        WorkingCalendar withHoliday = new WorkingCalendar(DEFAULT_WEEK,
                new HolidayDates(() -> Map.of(LocalDate.parse("2026-12-01"), HolidayKind.NATIONAL)));
        // Friday 16:00-16:30, Monday 07:30-16:00 without the break 12:00-13:00, Tuesday is a holiday,
        // Wednesday 07:30-08:00
        assertThat(withHoliday.officeTimeBetween(at("2026-11-27T16:00"), at("2026-12-02T08:00")))
                .isEqualTo(Duration.ofMinutes(30 + 450 + 30));
        assertThat(withHoliday.officeTimeBetween(at("2026-11-28T10:00"), at("2026-11-29T10:00"))).isZero();
        assertThat(withHoliday.officeTimeBetween(at("2026-12-02T10:00"), at("2026-12-02T09:00"))).isZero();
    }

    @Test
    void durationsAreReadInTheIsoStyle() {
        assertThat(WorkingDuration.valueOf("P5D")).isEqualTo(WorkingDuration.workingDays(5));
        assertThat(WorkingDuration.valueOf("pt2h")).isEqualTo(WorkingDuration.minutes(120));
        assertThat(WorkingDuration.valueOf("PT1H30M")).isEqualTo(WorkingDuration.minutes(90));
        assertThat(WorkingDuration.valueOf("P5D").label()).isEqualTo("5 hari kerja");
        assertThat(WorkingDuration.valueOf("PT120M").label()).isEqualTo("2 jam kerja");
        assertThat(WorkingDuration.valueOf("PT90M").label()).isEqualTo("90 menit kerja");
        for (String bad : List.of("", "P", "PT", "P1DT2H", "P0D", "1 hari", "P1W", "PT1.5H")) {
            assertThatThrownBy(() -> WorkingDuration.valueOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static OffsetDateTime at(String jakartaLocal) {
        return OffsetDateTime.parse(jakartaLocal + ":00+07:00");
    }
}
