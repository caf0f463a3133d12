package id.layanankecamatan.sla;

import id.layanankecamatan.complaint.ComplaintMonth;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A month of service-level figures: per service, the applications whose letter was issued and how many by the
 * promised time, with their completion time in office time (median, 90th percentile); per step and per officer,
 * the staff steps completed and how many in time; and the month's complaints.
 */
public record MonthlyReport(String month, OffsetDateTime generatedAt, List<SlaDashboard.Rate> perService,
                            List<SlaDashboard.Rate> perStep, List<SlaDashboard.Rate> perOfficer,
                            List<CompletionTime> completionTimes, ComplaintMonth complaints) {

    /** Applications of one service finished in the month: median and 90th percentile in office minutes. */
    public record CompletionTime(String serviceCode, String serviceName, int finished, Long medianMinutes,
                                 Long p90Minutes) {
    }
}
