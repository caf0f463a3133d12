package id.layanankecamatan.application;

import java.time.OffsetDateTime;

/** One application (permohonan) as stored. */
public record Application(long id, String registrationNumber, String trackingCode, String serviceCode,
                          ApplicationStatus status, ApplicantData applicant, String channel, OffsetDateTime correctionDue,
                          OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
