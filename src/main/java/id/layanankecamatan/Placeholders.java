package id.layanankecamatan;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of the texts the office edits: letters ({@code letters/*.txt}) and the messages
 * to citizens and staff ({@code notices/}). One syntax for both, so a clerk learns it once.
 */
public final class Placeholders {

    // {name}, or {name:format} where the reader of the text offers formats (letters: rupiah, angka, terbilang, pukul)
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(\\w+))?}");

    private Placeholders() {
    }

    /** The names used in {@code text}, in the order they first appear. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The formats used in {@code text} ({@code {name:format}}), in the order they first appear. */
    public static Set<String> formats(String text) {
        Set<String> formats = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (placeholder.group(2) != null) {
                formats.add(placeholder.group(2));
            }
        }
        return formats;
    }

    /**
     * One pass over the text, so a value that looks like a placeholder is printed as it is; a name without a
     * value stays as written. A format, if any, is ignored.
     */
    public static String fill(String text, Map<String, String> values) {
        return fill(text, values, (format, value) -> value);
    }

    /** As {@link #fill(String, Map)}; {@code format} turns (format, value) into the printed value. */
    public static String fill(String text, Map<String, String> values, BinaryOperator<String> format) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            String printed = value == null ? placeholder.group()
                    : placeholder.group(2) == null ? value : format.apply(placeholder.group(2), value);
            placeholder.appendReplacement(out, Matcher.quoteReplacement(printed));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
