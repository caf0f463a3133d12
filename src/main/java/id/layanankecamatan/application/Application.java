package id.layanankecamatan.application;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One application (permohonan) as stored. {@code dueAt} is the promised completion time, set at submission;
 * {@code clockPausedAt} is set while the service clock stands still.
 */
public record Application(long id, String registrationNumber, String trackingCode, String serviceCode,
                          ApplicationStatus status, ApplicantData applicant, Map<String, Object> details,
                          String channel, OffsetDateTime correctionDue,
                          OffsetDateTime submittedAt, OffsetDateTime updatedAt,
                          OffsetDateTime dueAt, OffsetDateTime clockPausedAt) {
}
