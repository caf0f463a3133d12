package id.layanankecamatan.document;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything printed on one letter, already filled in; {@code onBehalfOf} is set when a deputy signs (a.n.).
 * A paragraph may hold line breaks ('\n', e.g. one line per heir). A draft has no verification code yet. A signed
 * document outside the letter register (the maklumat) has neither a number nor a verification code: only the
 * address that publishes it.
 */
public record LetterContent(String government, String officeName, String officeAddress, String officeContact,
                            String title, String number, List<String> paragraphs, String placeAndDate,
                            String onBehalfOf, String signerTitle, String signerName, String signerNip,
                            Verification verification, OffsetDateTime createdAt) {

    /** The code printed beside the QR code (none outside the letter register), and the address the QR code holds. */
    public record Verification(String code, String url, String checkAddress) {
    }

    public boolean draft() {
        return verification == null;
    }
}
