package id.layanankecamatan.verification;

import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.document.VerificationCode;
import id.layanankecamatan.signing.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Public checks anyone may run: is this letter ours, still valid, and is this file exactly the one we issued. */
@Service
public class LetterVerification {

    /** Issued letters are about 100 KB; anything far larger is not one of them. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final LetterArchive archive;
    private final SignatureCheck signatures;

    public LetterVerification(LetterArchive archive, SignatureCheck signatures) {
        this.archive = archive;
        this.signatures = signatures;
    }

    public Optional<ArchivedLetter> find(String typedCode) {
        String code = VerificationCode.normalize(typedCode);
        return code.isEmpty() ? Optional.empty() : archive.byVerificationCode(code);
    }

    /** Compares an upload with the letter the verification code named. */
    public UploadVerdict check(ArchivedLetter letter, byte[] upload) {
        requirePdf(upload);
        return new UploadVerdict(Hashes.sha256(upload).equals(letter.sha256()), letter, signatures.check(upload));
    }

    /** Finds the letter an upload is, by its SHA-256, when the reader has no code. */
    public UploadVerdict identify(byte[] upload) {
        requirePdf(upload);
        Optional<ArchivedLetter> letter = archive.bySha256(Hashes.sha256(upload));
        return new UploadVerdict(letter.isPresent(), letter.orElse(null), signatures.check(upload));
    }

    private static void requirePdf(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidUploadException("Pilih berkas PDF surat yang ingin diperiksa.");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new InvalidUploadException("Berkas terlalu besar: surat dari kantor kecamatan paling besar 5 MB.");
        }
        if (upload.length < PDF_MAGIC.length || !Arrays.equals(upload, 0, PDF_MAGIC.length, PDF_MAGIC, 0,
                PDF_MAGIC.length)) {
            throw new InvalidUploadException("Berkas ini bukan PDF. Unggah berkas PDF surat yang Anda terima.");
        }
    }

    /** An upload that cannot be checked at all; the message is for the reader. */
    public static class InvalidUploadException extends InvalidInputProblem {
        public InvalidUploadException(String message) {
            super("Berkas tidak dapat diperiksa", message);
        }
    }
}
