package id.layanankecamatan.workflow;

/**
 * Text for a Camunda Form {@code text} component, which renders Markdown: any value that did not come from us (a
 * citizen's words, a file name, an officer's note) goes through {@link #escape} so that it shows as written and
 * never becomes a link, heading, emphasis or HTML in a staff member's decision form.
 */
public final class MarkdownText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownText() {
    }

    /**
     * Backslash before every ASCII punctuation character (CommonMark lets any of them be escaped, and escaped they
     * start nothing: no link, no emphasis, no {@code <tag>}, no GFM autolink of {@code www.} or an e-mail address),
     * and the value kept on one line, since a line break could start a new block.
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.strip().replaceAll("\\s+", " ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
