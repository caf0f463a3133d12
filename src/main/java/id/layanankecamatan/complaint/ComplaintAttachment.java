package id.layanankecamatan.complaint;

import java.time.OffsetDateTime;

/** A file sent with a complaint (its content is read separately, only by staff). */
public record ComplaintAttachment(long id, String fileName, String contentType, long sizeBytes,
                                  OffsetDateTime uploadedAt) {
}
