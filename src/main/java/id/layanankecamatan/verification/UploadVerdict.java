package id.layanankecamatan.verification;

import id.layanankecamatan.signing.SignatureCheck;

/**
 * What the verification page says about an uploaded PDF. {@code letter} is the letter it was compared with
 * (or found by its hash), {@code signature} the state of its digital signature.
 */
public record UploadVerdict(boolean identical, ArchivedLetter letter, SignatureCheck.Result signature) {

    /** Exactly the issued file, signature intact, not revoked. */
    public boolean genuine() {
        return identical && signature == SignatureCheck.Result.INTACT && letter != null && !letter.revoked();
    }

    public String headline() {
        if (genuine()) {
            return "ASLI: berkas ini sama persis dengan surat nomor " + letter.number()
                    + " yang diterbitkan, dan tanda tangan elektroniknya utuh.";
        }
        if (identical && letter != null && letter.revoked()) {
            return "DICABUT: berkas ini sama dengan surat nomor " + letter.number()
                    + ", tetapi surat tersebut telah dicabut dan tidak berlaku lagi.";
        }
        return letter == null ? "TIDAK DITEMUKAN: berkas ini tidak sama dengan surat mana pun yang diterbitkan kantor ini."
                : "TIDAK SESUAI: berkas ini tidak sama dengan surat nomor " + letter.number() + " yang diterbitkan.";
    }

    /** Why, in the words of the signature check. */
    public String signatureNote() {
        return switch (signature) {
            case INTACT -> identical ? "Tanda tangan elektronik utuh. " + letter.signatureStatement()
                    : "Berkas ini memuat tanda tangan elektronik kantor kecamatan yang utuh, tetapi untuk surat lain.";
            case BROKEN -> "Tanda tangan elektronik rusak: isi berkas telah diubah setelah ditandatangani.";
            case NOT_SIGNED -> "Berkas tidak memuat tanda tangan elektronik (misalnya disimpan ulang, dipindai atau "
                    + "dicetak ulang ke PDF).";
            case OTHER_SIGNER -> "Tanda tangan elektronik pada berkas ini bukan milik kantor kecamatan.";
            case UNREADABLE -> "Berkas tidak dapat dibaca sebagai PDF.";
        };
    }
}
