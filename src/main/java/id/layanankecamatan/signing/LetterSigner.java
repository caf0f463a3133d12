package id.layanankecamatan.signing;

/**
 * Puts the office's digital signature on a finished letter. Kept this small so that a national signing
 * service can replace the local certificate later without touching how letters are made.
 */
public interface LetterSigner {

    /** The signed PDF: {@code pdf} with an incremental update holding the signature. */
    byte[] sign(byte[] pdf, SignatureDetails details);

    /** What the signature dictionary says about the signing, as PDF readers show it. */
    record SignatureDetails(String signerName, String reason, String location, java.time.OffsetDateTime signedAt) {
    }
}
