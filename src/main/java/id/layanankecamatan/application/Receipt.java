package id.layanankecamatan.application;

/** What the citizen keeps after submitting: the number to quote and the secret code to track. */
public record Receipt(String registrationNumber, String trackingCode, ApplicationStatus status, String serviceName) {
}
