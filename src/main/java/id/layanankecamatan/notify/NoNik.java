package id.layanankecamatan.notify;

import java.util.regex.Pattern;

/** A NIK never goes out on a phone channel, even when an officer typed one into a note: 16 digits are masked. */
final class NoNik {

    private static final Pattern NIK = Pattern.compile("\\d{16}");

    private NoNik() {
    }

    static String masked(String text) {
        return text == null ? null : NIK.matcher(text).replaceAll("****************");
    }
}
