package id.layanankecamatan.sla;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Figures from the service-level records, for the Cockpit plugin, the JSON API and the monthly report. */
@Service
public class SlaFigures {

    /** A step is at risk once this share of its allowed time is used (the reminder goes out then too). */
    public static final int AT_RISK_PERCENT = 75;
    /** What the dashboard names the service of a complaint's step. */
    static final String COMPLAINT = "Pengaduan";

    private final SlaSteps steps;
    private final ApplicationDeadlines applications;
    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;
    private final OfficeClock clock;

    public SlaFigures(SlaSteps steps, ApplicationDeadlines applications, ServiceCatalog catalog,
                      WorkingCalendar calendar, OfficeClock clock) {
        this.steps = steps;
        this.applications = applications;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    public SlaDashboard dashboard() {
        return dashboard(service -> true);
    }

    /** The same view narrowed to one process (the tab on a process definition in Cockpit). */
    public SlaDashboard forProcess(String processKey) {
        List<String> services = catalog.services().stream().filter(s -> s.processKey().equals(processKey))
                .map(ServiceDefinition::code).toList();
        return dashboard(services::contains);
    }

    /** {@code scope}: the service codes the view covers. */
    private SlaDashboard dashboard(java.util.function.Predicate<String> scope) {
        OffsetDateTime now = clock.now();
        List<SlaDashboard.OpenItem> open = steps.open().stream().filter(s -> scope.test(s.serviceCode())).map(s -> item(s, now)).toList();
        List<SlaDashboard.OpenItem> breached = open.stream().filter(i -> i.dueAt() != null && now.isAfter(i.dueAt()))
                .sorted(Comparator.comparing(SlaDashboard.OpenItem::dueAt)).toList();
        List<SlaDashboard.OpenItem> atRisk = open.stream()
                .filter(i -> i.dueAt() != null && !now.isAfter(i.dueAt()) && i.percentUsed() >= AT_RISK_PERCENT)
                .sorted(Comparator.comparing(SlaDashboard.OpenItem::dueAt)).toList();
        // the oldest open item of each step: where work waits longest
        List<SlaDashboard.OpenItem> oldest = open.stream()
                .collect(Collectors.groupingBy(SlaDashboard.OpenItem::step, LinkedHashMap::new,
                        Collectors.minBy(Comparator.comparing(SlaDashboard.OpenItem::startedAt))))
                .values().stream().flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(SlaDashboard.OpenItem::startedAt)).toList();
        YearMonth month = YearMonth.from(now);
        List<SlaDashboard.Rate> rates = serviceRates(finishedIn(month)).stream().filter(r -> scope.test(r.key()))
                .toList();
        return new SlaDashboard(now, clock.zone().getId(), clock.abbreviation(), month.toString(), breached, atRisk,
                rates, oldest);
    }

    public List<SlaSteps.Total> completedIn(YearMonth month) {
        return steps.totalsBetween(start(month), start(month.plusMonths(1)));
    }

    public List<ApplicationDeadlines.Finished> finishedIn(YearMonth month) {
        return applications.finishedBetween(start(month), start(month.plusMonths(1)));
    }

    /** Applications whose letter was issued, per service: how many by the time promised to the citizen. */
    public List<SlaDashboard.Rate> serviceRates(List<ApplicationDeadlines.Finished> finished) {
        Map<String, List<ApplicationDeadlines.Finished>> groups = finished.stream()
                .collect(Collectors.groupingBy(ApplicationDeadlines.Finished::serviceCode, java.util.TreeMap::new,
                        Collectors.toList()));
        return groups.entrySet().stream().map(e -> rate(e.getKey(), serviceName(e.getKey()), e.getValue().size(),
                (int) e.getValue().stream().filter(ApplicationDeadlines.Finished::onTime).count())).toList();
    }

    /** Months begin at midnight on the office's wall clock, so a report counts the office's own days. */
    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
    }

    /** On-time rate of completed staff steps grouped by {@code key} (step, officer), in key order. */
    public static List<SlaDashboard.Rate> rates(List<SlaSteps.Total> done, Function<SlaSteps.Total, String> key,
                                               Function<String, String> label) {
        Map<String, int[]> groups = new java.util.TreeMap<>();
        for (SlaSteps.Total total : done) {
            if (key.apply(total) != null) {
                int[] sums = groups.computeIfAbsent(key.apply(total), k -> new int[2]);
                sums[0] += total.completed();
                sums[1] += total.onTime();
            }
        }
        return groups.entrySet().stream().map(e -> rate(e.getKey(), label.apply(e.getKey()), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    private static SlaDashboard.Rate rate(String key, String label, int completed, int onTime) {
        return new SlaDashboard.Rate(key, label, completed, onTime,
                completed == 0 ? null : Math.round(100f * onTime / completed));
    }

    public String serviceName(String code) {
        return catalog.find(code).map(ServiceDefinition::name).orElse(code);
    }

    private SlaDashboard.OpenItem item(SlaStep step, OffsetDateTime now) {
        String holder = step.assignee() != null ? step.assignee()
                : step.candidateGroups() == null || step.candidateGroups().isEmpty() ? "-" : "grup " + step.candidateGroups();
        // a step without a service is a complaint's: its record shares the table, its number the column
        String service = step.serviceCode() == null ? COMPLAINT : serviceName(step.serviceCode());
        return new SlaDashboard.OpenItem(step.registrationNumber(), step.serviceCode(), service,
                step.step(), step.stepName(), holder, step.startedAt(), step.dueAt(), percentUsed(step, now),
                step.processInstanceId());
    }

    /** Share of the step's office time used, as the reminder at 75 % counts it. */
    private int percentUsed(SlaStep step, OffsetDateTime now) {
        if (step.dueAt() == null) {
            return 0;
        }
        long allowed = calendar.officeTimeBetween(step.startedAt(), step.dueAt()).toSeconds();
        if (allowed <= 0) {
            return now.isBefore(step.dueAt()) ? 0 : 100;
        }
        long used = calendar.officeTimeBetween(step.startedAt(), now.isBefore(step.startedAt()) ? step.startedAt() : now)
                .toSeconds();
        return (int) Math.min(999, 100 * used / allowed);
    }
}
