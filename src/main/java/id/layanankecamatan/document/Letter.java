package id.layanankecamatan.document;

import java.time.OffsetDateTime;

/** An issued letter; immutable once written. */
public record Letter(long applicationId, String number, byte[] pdf, String sha256, String signerName,
                     String signerNip, String signedByUser, OffsetDateTime issuedAt) {
}
