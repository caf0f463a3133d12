package id.layanankecamatan;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of the texts the office edits: letters ({@code letters/*.txt}) and the messages
 * to citizens and staff ({@code notices/}). One syntax for both, so a clerk learns it once.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

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

    /**
     * One pass over the text, so a value that looks like a placeholder is printed as it is; a name without a
     * value stays as written.
     */
    public static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
