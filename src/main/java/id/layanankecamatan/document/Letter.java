package id.layanankecamatan.document;

import java.time.OffsetDateTime;

/**
 * An issued letter; immutable once written (revocation is a separate record). {@code verificationCode} is
 * printed on the letter and opens its public verification page.
 */
public record Letter(long applicationId, String number, String verificationCode, byte[] pdf, String sha256,
                     String signerName, String signerNip, String signerTitle, String signedByUser,
                     OffsetDateTime issuedAt) {
}
