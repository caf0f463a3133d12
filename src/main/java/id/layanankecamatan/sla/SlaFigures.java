package id.layanankecamatan.sla;

import id.layanankecamatan.application.Times;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.time.Duration;
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

    private final SlaSteps steps;
    private final ServiceCatalog catalog;

    public SlaFigures(SlaSteps steps, ServiceCatalog catalog) {
        this.steps = steps;
        this.catalog = catalog;
    }

    public SlaDashboard dashboard() {
        return dashboard(step -> true);
    }

    /** The same view narrowed to one process (the tab on a process definition in Cockpit). */
    public SlaDashboard forProcess(String processKey) {
        List<String> services = catalog.services().stream().filter(s -> s.processKey().equals(processKey))
                .map(ServiceDefinition::code).toList();
        return dashboard(step -> services.contains(step.serviceCode()));
    }

    private SlaDashboard dashboard(java.util.function.Predicate<SlaStep> scope) {
        OffsetDateTime now = Times.now();
        List<SlaDashboard.OpenItem> open = steps.open().stream().filter(scope).map(s -> item(s, now)).toList();
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
        YearMonth month = YearMonth.from(now.atZoneSameInstant(Times.OFFICE_ZONE));
        List<SlaStep> done = completedIn(month).stream().filter(scope).toList();
        return new SlaDashboard(now, month.toString(), breached, atRisk,
                rates(done, SlaStep::serviceCode, this::serviceName), oldest);
    }

    public List<SlaStep> completedIn(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(Times.OFFICE_ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(Times.OFFICE_ZONE).toOffsetDateTime();
        return steps.completedBetween(from, to);
    }

    /** On-time rate of completed steps grouped by {@code key}, in catalogue order where the key is a service. */
    public static List<SlaDashboard.Rate> rates(List<SlaStep> done, Function<SlaStep, String> key,
                                               Function<String, String> label) {
        Map<String, List<SlaStep>> groups = done.stream().filter(s -> key.apply(s) != null)
                .collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream().map(e -> {
            int onTime = (int) e.getValue().stream().filter(s -> "ON_TIME".equals(s.outcome())).count();
            int completed = e.getValue().size();
            return new SlaDashboard.Rate(e.getKey(), label.apply(e.getKey()), completed, onTime,
                    completed == 0 ? null : Math.round(100f * onTime / completed));
        }).toList();
    }

    public String serviceName(String code) {
        return catalog.find(code).map(ServiceDefinition::name).orElse(code);
    }

    private SlaDashboard.OpenItem item(SlaStep step, OffsetDateTime now) {
        String holder = step.assignee() != null ? step.assignee()
                : step.candidateGroups() == null || step.candidateGroups().isEmpty() ? "-" : "grup " + step.candidateGroups();
        return new SlaDashboard.OpenItem(step.registrationNumber(), step.serviceCode(), serviceName(step.serviceCode()),
                step.step(), step.stepName(), holder, step.startedAt(), step.dueAt(), percentUsed(step, now),
                step.processInstanceId());
    }

    private static int percentUsed(SlaStep step, OffsetDateTime now) {
        if (step.dueAt() == null) {
            return 0;
        }
        long allowed = Math.max(1, Duration.between(step.startedAt(), step.dueAt()).toSeconds());
        long used = Math.max(0, Duration.between(step.startedAt(), now).toSeconds());
        return (int) Math.min(999, 100 * used / allowed);
    }
}
