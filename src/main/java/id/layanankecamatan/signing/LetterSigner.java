package id.layanankecamatan.signing;

/**
 * Puts the signer's digital signature on a finished letter. Kept this small so that a national signing service
 * (BSrE) can replace the local certificates later without touching how letters are made.
 */
public interface LetterSigner {

    /** Which certificate signs for this account: the letter says so before it is signed. */
    SignatureCertificate certificateOf(String account);

    /** The signed PDF: {@code pdf} with an incremental update holding the signature. */
    byte[] sign(byte[] pdf, SignatureDetails details);

    /**
     * What the signature dictionary says about the signing, as PDF readers show it; {@code account} chooses the
     * certificate, {@code signerName} is the person who signed.
     */
    record SignatureDetails(String account, String signerName, String reason, String location,
                            java.time.OffsetDateTime signedAt) {
    }
}
