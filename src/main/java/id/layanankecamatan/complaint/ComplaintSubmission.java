package id.layanankecamatan.complaint;

import id.layanankecamatan.application.UploadedFile;
import java.util.List;

/**
 * A complaint as received, before any check: the words as sent ({@code type} and {@code channel} are names of
 * {@link ComplaintType} and {@link ComplaintChannel}, checked by the intake). {@code enteredBy} is the officer who
 * entered it (counter, phone, WhatsApp, e-mail, suggestion box), null when the complainant sent it through the portal
 * or the API. Name, phone and e-mail are optional: an anonymous complaint is followed with its number and code.
 */
public record ComplaintSubmission(String type, String channel, String text, String registrationNumber, String name,
                                  String phone, String email, boolean confidential, String laporReference,
                                  List<UploadedFile> files, String enteredBy) {

    public ComplaintSubmission {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Trimmed copy; blank optional fields become null, the phone without spaces and dashes. */
    ComplaintSubmission normalized() {
        String phoneDigits = clean(phone) == null ? null : clean(phone).replaceAll("[\\s-]", "");
        String lapor = clean(laporReference) == null ? null : clean(laporReference).replaceFirst("^#", "").toUpperCase();
        return new ComplaintSubmission(upper(type), upper(channel), clean(text), upper(registrationNumber), clean(name),
                phoneDigits, clean(email), confidential, lapor, files, clean(enteredBy));
    }

    private static String upper(String value) {
        return clean(value) == null ? null : clean(value).toUpperCase(java.util.Locale.ROOT);
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
