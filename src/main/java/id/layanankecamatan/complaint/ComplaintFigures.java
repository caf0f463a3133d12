package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Monthly complaint figures for the SLA API, the Cockpit plugin, the monthly report and the public performance page.
 * Three indexed range queries over the month (received_at, closed_at): closing already stored whether it was in time
 * and after how many working days, so nothing is recomputed over the calendar and the cost does not grow with history.
 */
@Service
public class ComplaintFigures {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    public ComplaintFigures(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public ComplaintMonth of(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(calendar.zone()).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toOffsetDateTime();

        Map<String, Integer> byType = new LinkedHashMap<>();
        for (ComplaintType type : ComplaintType.values()) {
            byType.put(type.name(), 0);
        }
        Map<String, Integer> byClass = new LinkedHashMap<>();
        for (ComplaintClass complaintClass : ComplaintClass.values()) {
            byClass.put(complaintClass.name(), 0);
        }
        byClass.put(ComplaintMonth.UNCLASSIFIED, 0);
        jdbc.sql("""
                SELECT complaint_type, complaint_class, COUNT(*) AS n FROM complaint
                WHERE received_at >= ? AND received_at < ? GROUP BY complaint_type, complaint_class""")
                .params(from, to)
                .query(rs -> {
                    int n = rs.getInt("n");
                    byType.merge(rs.getString("complaint_type"), n, Integer::sum);
                    String complaintClass = rs.getString("complaint_class");
                    byClass.merge(complaintClass == null ? ComplaintMonth.UNCLASSIFIED : complaintClass, n, Integer::sum);
                });
        int received = byType.values().stream().mapToInt(Integer::intValue).sum();

        return jdbc.sql("""
                SELECT COUNT(*) AS closed,
                       COALESCE(SUM(CASE WHEN closed_on_time THEN 1 ELSE 0 END), 0) AS on_time,
                       SUM(working_days_to_close) AS days, COUNT(working_days_to_close) AS with_days
                FROM complaint WHERE closed_at >= ? AND closed_at < ?""")
                .params(from, to)
                .query((rs, row) -> {
                    int closed = rs.getInt("closed");
                    int onTime = rs.getInt("on_time");
                    long days = rs.getLong("days");
                    int withDays = rs.getInt("with_days");
                    Integer percent = closed == 0 ? null
                            : BigDecimal.valueOf(100L * onTime).divide(BigDecimal.valueOf(closed), 0, RoundingMode.HALF_UP)
                                    .intValue();
                    BigDecimal average = withDays == 0 ? null
                            : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(withDays), 1, RoundingMode.HALF_UP);
                    return new ComplaintMonth(month.toString(), received, byType, byClass, closed, onTime, percent,
                            average);
                })
                .single();
    }
}
