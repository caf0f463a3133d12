package id.layanankecamatan.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a citizen holding the tracking code may see (staff names are left out of the history), with the
 * promised completion time and whether the office keeps it (null for applications from before deadlines).
 */
public record ApplicationView(String registrationNumber, String serviceCode, String serviceName,
                              ApplicationStatus status, String statusLabel, OffsetDateTime submittedAt,
                              OffsetDateTime promisedCompletion, Timeliness timeliness, String timelinessLabel,
                              String correctionNote, OffsetDateTime correctionDue, boolean letterAvailable,
                              String letterNumber, Map<String, Object> details, List<ApplicationEvent> history) {
}
