package id.layanankecamatan.workflow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import id.layanankecamatan.application.Times;
import org.springframework.stereotype.Component;

/**
 * Counts working days (Monday to Friday) in the office's time zone; a period ends when the office closes on
 * its last day. National holidays and cuti bersama join this calendar with the service-standards work.
 */
@Component
public class WorkingDays {

    private static final LocalTime OFFICE_CLOSES = LocalTime.of(16, 0);

    public OffsetDateTime addWorkingDays(OffsetDateTime start, int days) {
        ZonedDateTime day = start.atZoneSameInstant(Times.OFFICE_ZONE);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.with(OFFICE_CLOSES).toOffsetDateTime();
    }

    private static boolean isWorkingDay(ZonedDateTime day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
