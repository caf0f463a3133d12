package id.layanankecamatan.document;

import java.util.Locale;

/** The letter's public verification code: stored as 10 characters, printed and typed as ABCDE-FGHJK. */
public final class VerificationCode {

    private VerificationCode() {
    }

    public static String display(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    /** What people type: any case, with spaces or dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
