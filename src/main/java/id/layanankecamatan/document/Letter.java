package id.layanankecamatan.document;

import id.layanankecamatan.signing.SignatureCertificate;
import java.time.OffsetDateTime;

/**
 * An issued letter; immutable once written (revocation is a separate record). {@code verificationCode} is
 * printed on the letter and opens its public verification page; {@code certificate} is the kind of certificate
 * that signed it.
 */
public record Letter(long applicationId, String number, String verificationCode, byte[] pdf, String sha256,
                     String signerName, String signerNip, String signerTitle, String signedByUser,
                     OffsetDateTime issuedAt, SignatureCertificate certificate) {
}
