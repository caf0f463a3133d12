package id.layanankecamatan.document;

import id.layanankecamatan.calendar.OfficeClock;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How a letter writes numbers, money, times and RT/RW in Indonesian (EYD and tata naskah dinas):
 * {@code {field:rupiah}} Rp1.500.000, {@code {field:angka}} 1.500.000, {@code {field:terbilang}} 10 (sepuluh),
 * {@code {field:pukul}} pukul 09.00–17.00 WIB. A value that is not what the format expects is printed as it is.
 */
@Component
public class LetterFormats {

    /** The formats a template may name. */
    public static final Set<String> FORMATS = Set.of("rupiah", "angka", "terbilang", "pukul");

    private static final String[] UNITS = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
        "sembilan", "sepuluh", "sebelas"};
    private static final String[] SCALES = {"", " ribu", " juta", " miliar", " triliun"};
    private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[.:]([0-5]\\d)");
    private static final Pattern TIMES = Pattern.compile("(?:pukul\\s+)?(" + TIME + ")(?:\\s*(?:-|–|s\\.?d\\.?|sampai)\\s*("
            + TIME + "))?(?:\\s+(WIB|WITA|WIT))?", Pattern.CASE_INSENSITIVE);

    private final String zone;

    public LetterFormats(OfficeClock clock) {
        this.zone = clock.abbreviation();
    }

    /** {@code format} applied to {@code value}; an unknown format leaves the value alone (checked at start). */
    public String apply(String format, String value) {
        return switch (format) {
            case "rupiah" -> whole(value) ? "Rp" + grouped(value) : value;
            case "angka" -> whole(value) ? grouped(value) : value;
            case "terbilang" -> whole(value) ? grouped(value) + " (" + words(Long.parseLong(value.strip())) + ")" : value;
            case "pukul" -> time(value);
            default -> value;
        };
    }

    /** RT and RW as the KTP prints them: "RT 001/RW 004". */
    public static String rtRw(String rt, String rw) {
        return "RT " + threeDigits(rt) + "/RW " + threeDigits(rw);
    }

    static String threeDigits(String number) {
        String value = number == null ? "" : number.strip();
        return value.matches("\\d{1,3}") ? "%03d".formatted(Integer.parseInt(value)) : value;
    }

    /** 1500000 as "1.500.000". */
    static String grouped(String digits) {
        String value = new BigInteger(digits.strip()).toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && (value.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    /** The number in Indonesian words: 10 "sepuluh", 1500 "seribu lima ratus", 0 "nol". */
    static String words(long number) {
        if (number == 0) {
            return "nol";
        }
        StringBuilder out = new StringBuilder();
        int scale = 0;
        long rest = number;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group > 0) {
                // 1000 is "seribu", not "satu ribu"
                String words = scale == 1 && group == 1 ? "se" : hundreds(group) + " ";
                out.insert(0, (words + SCALES[scale].strip()).strip() + " ");
            }
            rest /= 1000;
            scale++;
        }
        return out.toString().strip();
    }

    private static String hundreds(int number) {
        int hundred = number / 100;
        int rest = number % 100;
        String head = hundred == 0 ? "" : hundred == 1 ? "seratus" : UNITS[hundred] + " ratus";
        return (head + " " + tens(rest)).strip();
    }

    private static String tens(int number) {
        if (number < 12) {
            return UNITS[number];
        }
        if (number < 20) {
            return UNITS[number - 10] + " belas";
        }
        return (UNITS[number / 10] + " puluh " + UNITS[number % 10]).strip();
    }

    /** "16:00" or "09.00-17.00 WIB" as "pukul 16.00 WIB" or "pukul 09.00–17.00 WIB". */
    private String time(String value) {
        Matcher times = TIMES.matcher(value.strip());
        if (!times.matches()) {
            return value;
        }
        String from = dotted(times.group(2), times.group(3));
        String to = times.group(4) == null ? "" : "–" + dotted(times.group(5), times.group(6));
        String named = times.group(7) == null ? zone : times.group(7).toUpperCase(java.util.Locale.ROOT);
        return "pukul " + from + to + " " + named;
    }

    private static String dotted(String hour, String minute) {
        return "%02d.%s".formatted(Integer.parseInt(hour), minute);
    }

    private static boolean whole(String value) {
        return value != null && WHOLE.matcher(value.strip()).matches();
    }
}
