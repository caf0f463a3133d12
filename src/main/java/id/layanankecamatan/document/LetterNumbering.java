package id.layanankecamatan.document;

import id.layanankecamatan.OfficeProperties;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Register numbers (nomor surat), e.g. 400.12.2/0123/BTN/XI/2026: the classification code of Permendagri 83/2022
 * comes first, as its Pasal 3(6) makes it the basis of the number. The sequence restarts every year (and per
 * classification if configured) and is gap-free: {@link LetterRegister} takes each number and records what became
 * of it.
 */
@Component
public class LetterNumbering {

    private static final Pattern TOKEN = Pattern.compile("\\{(\\w+)(?::(\\d))?}");
    private static final Set<String> TOKENS = Set.of("classification", "sequence", "office", "month", "monthNumber",
            "year");
    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
        "XII"};

    private final String format;
    private final boolean perClassification;
    private final String officeCode;

    public LetterNumbering(LetterProperties properties, OfficeProperties office) {
        this.format = validated(properties.numberFormat(), properties.sequencePerClassification());
        this.perClassification = properties.sequencePerClassification();
        this.officeCode = office.code();
    }

    /** The sequence a letter of {@code classification} issued at {@code issuedAt} takes its number from. */
    String counter(String classification, OffsetDateTime issuedAt) {
        return "letter-" + issuedAt.getYear() + (perClassification ? "-" + classification : "");
    }

    String format(String classification, long sequence, OffsetDateTime issuedAt) {
        Matcher token = TOKEN.matcher(format);
        StringBuilder number = new StringBuilder();
        while (token.find()) {
            String value = switch (token.group(1)) {
                case "classification" -> classification;
                case "sequence" -> token.group(2) == null ? Long.toString(sequence)
                        : String.format("%0" + token.group(2) + "d", sequence);
                case "office" -> officeCode;
                case "month" -> ROMAN_MONTHS[issuedAt.getMonthValue() - 1];
                case "monthNumber" -> String.format("%02d", issuedAt.getMonthValue());
                case "year" -> Integer.toString(issuedAt.getYear());
                default -> throw new IllegalStateException("unknown token " + token.group());
            };
            token.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        token.appendTail(number);
        return number.toString();
    }

    /** Numbers must stay unique: the format needs the sequence, the year, and the classification if it counts. */
    private static String validated(String format, boolean perClassification) {
        if (format == null || format.isBlank()) {
            throw new IllegalStateException("layanan.letters.number-format is not set");
        }
        Set<String> used = new HashSet<>();
        Matcher token = TOKEN.matcher(format);
        while (token.find()) {
            if (!TOKENS.contains(token.group(1))) {
                throw new IllegalStateException("layanan.letters.number-format: unknown token " + token.group()
                        + "; known: " + TOKENS);
            }
            used.add(token.group(1));
        }
        if (!used.contains("sequence") || !used.contains("year")
                || (perClassification && !used.contains("classification"))) {
            throw new IllegalStateException("layanan.letters.number-format must contain {sequence} and {year}"
                    + (perClassification ? " and {classification}" : "") + " to keep numbers unique: " + format);
        }
        if (touching(format)) {
            throw new IllegalStateException("layanan.letters.number-format must separate {classification} and "
                    + "{sequence} by a character other than a digit (e.g. '/'): the dotted code 400.12 followed "
                    + "by sequence 3 would read like 400.1 followed by 23: " + format);
        }
        return format;
    }

    /** Whether nothing but digits stands between the classification and the sequence, in either order. */
    private static boolean touching(String format) {
        Matcher token = TOKEN.matcher(format);
        String previous = null;
        int previousEnd = 0;
        while (token.find()) {
            String between = format.substring(previousEnd, token.start());
            boolean pair = Set.of("classification", "sequence").equals(Set.of(token.group(1),
                    previous == null ? "" : previous));
            if (pair && between.chars().allMatch(Character::isDigit)) {
                return true;
            }
            previous = token.group(1);
            previousEnd = token.end();
        }
        return false;
    }
}
