package id.layanankecamatan.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan: 16 digits, PP KK CC DDMMYY SSSS. Women have 40 added to the birth day.
 * Codes of other regions are normal (people move), so only the shape and the date are checked. What the NIK
 * tells (birth date, sex, the kecamatan that issued it) is read here, from a NIK that passed {@link #problem}.
 */
public final class Nik {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

    private Nik() {
    }

    /** The reason a NIK is not plausible, in Indonesian, or empty when it is. */
    public static Optional<String> problem(String nik) {
        if (nik == null || nik.isBlank()) {
            return Optional.of("NIK wajib diisi.");
        }
        if (!SIXTEEN_DIGITS.matcher(nik).matches()) {
            return Optional.of("NIK harus terdiri dari 16 angka.");
        }
        if (nik.startsWith("00") || nik.startsWith("00", 2) || nik.startsWith("00", 4)) {
            return Optional.of("Kode wilayah pada NIK tidak valid.");
        }
        if (!hasPlausibleBirthDate(nik)) {
            return Optional.of("Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.");
        }
        if (nik.endsWith("0000")) {
            return Optional.of("Nomor urut pada NIK tidak boleh 0000.");
        }
        return Optional.empty();
    }

    /** The code of the kecamatan that issued the NIK (province, regency/city, kecamatan): "127703". */
    public static String regionCode(String nik) {
        return nik.substring(0, 6);
    }

    /** A woman's NIK has 40 added to the day of birth. */
    public static boolean isWoman(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40;
    }

    /**
     * The birth date the NIK encodes. The year has two digits: the latest century that puts the birth on or before
     * {@code notAfter} (a birth date cannot follow the day it is used on).
     */
    public static LocalDate birthDate(String nik, LocalDate notAfter) {
        int day = Integer.parseInt(nik.substring(6, 8)) % 40;
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        LocalDate recent = isDate(2000 + year, month, day) ? LocalDate.of(2000 + year, month, day) : null;
        LocalDate older = isDate(1900 + year, month, day) ? LocalDate.of(1900 + year, month, day) : null;
        return recent != null && (older == null || !recent.isAfter(notAfter)) ? recent : older;
    }

    private static boolean hasPlausibleBirthDate(String nik) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        // a two-digit year: the date must exist in the 1900s or the 2000s (29 February decides)
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
