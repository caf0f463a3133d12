package id.layanankecamatan.signing;

/** Which certificate made a letter's signature: what the letter and the verification page truthfully say. */
public enum SignatureCertificate {
    /** the office's certificate (self-signed in the demo): the signer's person is only printed */
    OFFICE("dengan sertifikat kantor"),
    /** the signer's own certificate, not a certified one in the sense of PP 71/2019 */
    PERSONAL("dengan sertifikat pribadi penanda tangan"),
    /** the signer's own certificate issued by BSrE (BSSN): a certified electronic signature */
    BSRE("dengan sertifikat elektronik BSrE");

    private final String words;

    SignatureCertificate(String words) {
        this.words = words;
    }

    /** Completes "Ditandatangani secara elektronik …". */
    public String words() {
        return words;
    }
}
