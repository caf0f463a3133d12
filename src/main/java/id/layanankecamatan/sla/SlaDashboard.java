package id.layanankecamatan.sla;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the camat sees first: what is late, what will be, how each service did this month, the oldest work.
 * {@code timeZone} and {@code timeZoneName} ("Asia/Makassar", "WITA"): how the Cockpit plugin shows the times.
 */
public record SlaDashboard(OffsetDateTime generatedAt, String timeZone, String timeZoneName, String month,
                           List<OpenItem> breached, List<OpenItem> atRisk,
                           List<Rate> onTimeThisMonth, List<OpenItem> oldestPerStep) {

    /** An open staff step; {@code percentUsed} of its allowed time is gone. */
    public record OpenItem(String registrationNumber, String serviceCode, String serviceName, String step,
                           String stepName, String holder, OffsetDateTime startedAt, OffsetDateTime dueAt,
                           int percentUsed, String processInstanceId) {
    }

    /** Completed steps and how many of them were done in time; {@code ratePercent} is null with none done. */
    public record Rate(String key, String label, int completed, int onTime, Integer ratePercent) {
    }
}
