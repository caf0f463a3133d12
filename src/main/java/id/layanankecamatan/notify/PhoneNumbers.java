package id.layanankecamatan.notify;

import java.util.regex.Pattern;

/** Indonesian mobile numbers as the applicant typed them (08…, 628…, +628…) in E.164 without '+', as the Cloud API wants. */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("^(?:\\+62|62|0)(8\\d{7,11})$");

    private PhoneNumbers() {
    }

    /** e.g. 0812-3456-7890 → 6281234567890; null when it is no Indonesian mobile number. */
    static String e164(String typed) {
        if (typed == null) {
            return null;
        }
        var matcher = MOBILE.matcher(typed.replaceAll("[\\s-]", ""));
        return matcher.matches() ? "62" + matcher.group(1) : null;
    }
}
