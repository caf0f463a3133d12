package id.layanankecamatan.document;

import id.layanankecamatan.signing.SignatureCertificate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything printed on one letter, already filled in: the body's blocks (closing sentence included), who signs
 * in which capacity, and which certificate signs. A draft has no verification code yet. A signed document outside
 * the letter register (the maklumat) has neither a number nor a verification code: only the address that
 * publishes it.
 */
public record LetterContent(String government, String officeName, String officeAddress, String officeContact,
                            String title, String number, List<LetterBlock> body, String placeAndDate,
                            Signatory signatory, SignatureCertificate certificate, Verification verification,
                            OffsetDateTime createdAt) {

    public LetterContent {
        body = List.copyOf(body);
    }

    /** The code printed beside the QR code (none outside the letter register), and the address the QR code holds. */
    public record Verification(String code, String url, String checkAddress) {
    }

    public boolean draft() {
        return verification == null;
    }
}
