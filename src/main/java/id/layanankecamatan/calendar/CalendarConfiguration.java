package id.layanankecamatan.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One calendar for the whole application, reading the holiday table through a cache. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    HolidayDates holidayDates(HolidayRepository holidays) {
        return new HolidayDates(holidays::allDates);
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, HolidayDates holidays) {
        return new WorkingCalendar(properties, holidays);
    }
}
