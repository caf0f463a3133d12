package id.layanankecamatan.application;

import java.io.Serializable;

/**
 * What the citizen keeps after submitting: the number to quote and the secret code to track. Serializable: the
 * portal keeps it in the HTTP session, which lives in the database so that any node can show it.
 */
public record Receipt(String registrationNumber, String trackingCode, ApplicationStatus status, String serviceName)
        implements Serializable {
}
