package id.layanankecamatan.sla;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.complaint.ComplaintFigures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the monthly report from the step records, the applications whose letter was issued in the month and the
 * month's complaints.
 */
@Service
public class MonthlyReports {

    private final SlaFigures figures;
    private final WorkingCalendar calendar;
    private final OfficeClock clock;
    private final ComplaintFigures complaints;

    public MonthlyReports(SlaFigures figures, WorkingCalendar calendar, OfficeClock clock, ComplaintFigures complaints) {
        this.figures = figures;
        this.complaints = complaints;
        this.calendar = calendar;
        this.clock = clock;
    }

    public MonthlyReport report(YearMonth month) {
        List<SlaSteps.Total> done = figures.completedIn(month);
        List<ApplicationDeadlines.Finished> finished = figures.finishedIn(month);
        // a step is called by the name it had when it was first completed in the month
        Map<String, String> stepNames = done.stream()
                .sorted(Comparator.comparing(SlaSteps.Total::firstCompletedAt))
                .collect(Collectors.toMap(SlaSteps.Total::step, s -> s.stepName() == null ? s.step() : s.stepName(),
                        (a, b) -> a));
        return new MonthlyReport(month.toString(), clock.now(), figures.serviceRates(finished),
                SlaFigures.rates(done, SlaSteps.Total::step, stepNames::get),
                SlaFigures.rates(done, SlaSteps.Total::completedBy, Function.identity()),
                completionTimes(finished), complaints.of(month));
    }

    /** From submission to signature in office time, without the time the clock stood still for corrections. */
    private List<MonthlyReport.CompletionTime> completionTimes(List<ApplicationDeadlines.Finished> finished) {
        if (finished.isEmpty()) {
            return List.of();
        }
        // the days from the earliest submission to the last letter, looked up once for all the month's applications
        OfficeTimeTable officeTime = OfficeTimeTable.covering(calendar,
                day(finished.stream().map(ApplicationDeadlines.Finished::submittedAt).min(Comparator.naturalOrder())),
                day(finished.stream().map(ApplicationDeadlines.Finished::issuedAt).max(Comparator.naturalOrder())));
        Map<String, List<Long>> minutes = new TreeMap<>();
        for (ApplicationDeadlines.Finished application : finished) {
            long office = officeTime.between(application.submittedAt(), application.issuedAt()).toMinutes();
            minutes.computeIfAbsent(application.serviceCode(), k -> new ArrayList<>())
                    .add(Math.max(0, office - application.pausedMinutes()));
        }
        return minutes.entrySet().stream().map(e -> {
            List<Long> sorted = e.getValue().stream().sorted().toList();
            return new MonthlyReport.CompletionTime(e.getKey(), figures.serviceName(e.getKey()), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 90));
        }).toList();
    }

    private LocalDate day(Optional<OffsetDateTime> moment) {
        return moment.orElseThrow().atZoneSameInstant(calendar.zone()).toLocalDate();
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
