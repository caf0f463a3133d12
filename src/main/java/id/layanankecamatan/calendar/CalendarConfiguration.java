package id.layanankecamatan.calendar;

import java.util.TimeZone;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One calendar and one clock for the whole application; the calendar reads the holiday and Ramadan tables through
 * caches.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    HolidayDates holidayDates(HolidayRepository holidays) {
        return new HolidayDates(holidays::kindsByDate);
    }

    @Bean
    RamadanSchedules ramadanSchedules(RamadanScheduleRepository schedules) {
        return new RamadanSchedules(schedules::all);
    }

    @Bean
    OfficeClock officeClock(CalendarProperties properties) {
        return new OfficeClock(properties.zone());
    }

    /** JSON answers give times in the office's zone too, e.g. 2037-06-01T09:00:00+08:00 for an office in WITA. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer officeTimeZoneInJson(OfficeClock clock) {
        return builder -> builder.timeZone(TimeZone.getTimeZone(clock.zone()));
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, HolidayDates holidays, RamadanSchedules ramadan) {
        return new WorkingCalendar(properties, holidays, ramadan);
    }
}
