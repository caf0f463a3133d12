package id.layanankecamatan.application;

import java.time.OffsetDateTime;
import java.util.Map;

/** One application (permohonan) as stored. */
public record Application(long id, String registrationNumber, String trackingCode, String serviceCode,
                          ApplicationStatus status, ApplicantData applicant, Map<String, Object> details,
                          String channel, OffsetDateTime correctionDue,
                          OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
