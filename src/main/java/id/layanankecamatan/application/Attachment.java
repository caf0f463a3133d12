package id.layanankecamatan.application;

import java.time.OffsetDateTime;

/** A stored scan, without its content (loaded only when someone opens it). */
public record Attachment(long id, String requirementCode, String fileName, String contentType, long sizeBytes,
                         String sha256, OffsetDateTime uploadedAt) {
}
