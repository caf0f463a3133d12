package id.layanankecamatan.sla;

import id.layanankecamatan.application.Times;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds the monthly report from the step records and the applications finished in the month. */
@Service
public class MonthlyReports {

    private final SlaFigures figures;
    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    public MonthlyReports(SlaFigures figures, JdbcClient jdbc, WorkingCalendar calendar) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public MonthlyReport report(YearMonth month) {
        List<SlaStep> done = figures.completedIn(month);
        Map<String, String> stepNames = done.stream()
                .collect(Collectors.toMap(SlaStep::step, s -> s.stepName() == null ? s.step() : s.stepName(),
                        (a, b) -> a));
        return new MonthlyReport(month.toString(), Times.now(),
                SlaFigures.rates(done, SlaStep::serviceCode, figures::serviceName),
                SlaFigures.rates(done, SlaStep::step, stepNames::get),
                SlaFigures.rates(done, SlaStep::completedBy, Function.identity()),
                completionTimes(month));
    }

    /** Letters issued in the month: from submission to signature, in office time. */
    private List<MonthlyReport.CompletionTime> completionTimes(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(Times.OFFICE_ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(Times.OFFICE_ZONE).toOffsetDateTime();
        Map<String, List<Long>> minutes = new TreeMap<>();
        jdbc.sql("""
                SELECT a.service_code, a.submitted_at, l.issued_at FROM letter l
                JOIN application a ON a.id = l.application_id WHERE l.issued_at >= ? AND l.issued_at < ?""")
                .params(from, to)
                .query(rs -> {
                    long officeMinutes = calendar.officeTimeBetween(rs.getObject("submitted_at", OffsetDateTime.class),
                            rs.getObject("issued_at", OffsetDateTime.class)).toMinutes();
                    minutes.computeIfAbsent(rs.getString("service_code"), k -> new ArrayList<>()).add(officeMinutes);
                });
        return minutes.entrySet().stream().map(e -> {
            List<Long> sorted = e.getValue().stream().sorted().toList();
            return new MonthlyReport.CompletionTime(e.getKey(), figures.serviceName(e.getKey()), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 90));
        }).toList();
    }

    /** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
