package id.layanankecamatan.verification;

import id.layanankecamatan.signing.SignatureCertificate;
import java.time.OffsetDateTime;

/**
 * An issued letter as the archive shows it: what the public may see, the kind of certificate that signed it, and
 * its revocation if any.
 */
public record ArchivedLetter(long id, String number, String verificationCode, String serviceCode,
                             String applicantName, String signerName, String signerTitle, String sha256,
                             OffsetDateTime issuedAt, SignatureCertificate certificate, Revocation revocation) {

    public record Revocation(String reason, String revokedBy, OffsetDateTime revokedAt) {
    }

    public boolean revoked() {
        return revocation != null;
    }

    /** "Ditandatangani secara elektronik oleh … dengan sertifikat …": what the signature is, and no more. */
    public String signatureStatement() {
        return "Ditandatangani secara elektronik oleh " + signerName + " " + certificate.words() + ".";
    }

    /** "Siti Nur'aini Hasibuan" becomes "S*** N****** H*******": enough to recognise, not to harvest. */
    public String maskedApplicantName() {
        StringBuilder masked = new StringBuilder();
        for (String word : applicantName.strip().split("\\s+")) {
            int[] letters = word.codePoints().toArray();
            masked.append(masked.isEmpty() ? "" : " ").appendCodePoint(letters[0]).append("*".repeat(letters.length - 1));
        }
        return masked.toString();
    }
}
