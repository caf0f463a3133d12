package id.layanankecamatan.sla;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A month of service-level figures: on-time rates of staff steps per service, per step and per officer, and
 * the completion time of the applications finished that month, in office time.
 */
public record MonthlyReport(String month, OffsetDateTime generatedAt, List<SlaDashboard.Rate> perService,
                            List<SlaDashboard.Rate> perStep, List<SlaDashboard.Rate> perOfficer,
                            List<CompletionTime> completionTimes) {

    /** Applications of one service finished in the month: median and 90th percentile in office minutes. */
    public record CompletionTime(String serviceCode, String serviceName, int finished, Long medianMinutes,
                                 Long p90Minutes) {
    }
}
