package id.layanankecamatan.notify;

import id.layanankecamatan.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message text as the office writes it, e.g. {@code notices/mail/received.txt}:
 * <ul>
 * <li>lines starting with '#' are comments, as in the letter templates;</li>
 * <li>on channels with a subject, the first other line is {@code Subject: …};</li>
 * <li>the text follows after a blank line and goes out exactly as written, line breaks included (a message is
 * read on a screen, not typeset like a letter); trailing blank lines are dropped;</li>
 * <li>{@code {name}} is filled in (the letters' syntax); a part between {@code [[} and {@code ]]} is left out when
 * one of its placeholders has no value, e.g. the sentence about a verification page a letter may not have.</li>
 * </ul>
 */
record MessageTemplate(String file, String subject, String body) {

    static final String SUBJECT = "Subject:";
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

    /** Reads a template; a text that is not one stops with the reason, naming the file. */
    static MessageTemplate parse(String file, String text, boolean withSubject) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            if (!line.startsWith("#")) {
                lines.add(line);
            }
        }
        int at = skipBlank(lines, 0);
        String subject = null;
        if (at < lines.size() && lines.get(at).startsWith(SUBJECT)) {
            if (!withSubject) {
                throw new IllegalArgumentException(file + ": messages on this channel have no subject; remove the "
                        + "line '" + SUBJECT + "'");
            }
            subject = lines.get(at).substring(SUBJECT.length()).strip();
            at = skipBlank(lines, at + 1);
        }
        if (withSubject && (subject == null || subject.isEmpty())) {
            throw new IllegalArgumentException(file + ": the first line must be '" + SUBJECT
                    + " …' with the subject");
        }
        String body = String.join("\n", lines.subList(at, lines.size())).stripTrailing();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(file + ": the message has no text");
        }
        MessageTemplate template = new MessageTemplate(file, subject, body);
        template.checkBrackets();
        return template;
    }

    private static int skipBlank(List<String> lines, int from) {
        int at = from;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        return at;
    }

    private void checkBrackets() {
        for (String text : texts()) {
            String outside = OPTIONAL.matcher(text).replaceAll("");
            if (outside.contains("[[") || outside.contains("]]")) {
                throw new IllegalArgumentException(file + ": every '[[' needs its ']]' (one level, not nested)");
            }
        }
    }

    /** The placeholders used in the subject and the text. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        texts().forEach(text -> names.addAll(Placeholders.names(text)));
        return names;
    }

    /**
     * The message with {@code values} filled in. A placeholder outside {@code [[ ]]} without a value is a
     * defect of the sender, not something to send to a citizen: it throws.
     */
    RenderedMessage render(Map<String, String> values) {
        return new RenderedMessage(subject == null ? null : fill(subject, values), fill(body, values));
    }

    private String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher optional = OPTIONAL.matcher(text);
        int done = 0;
        while (optional.find()) {
            out.append(fillRequired(text.substring(done, optional.start()), values));
            String part = optional.group(1);
            if (Placeholders.names(part).stream().allMatch(name -> values.get(name) != null)) {
                out.append(Placeholders.fill(part, values));
            }
            done = optional.end();
        }
        return out.append(fillRequired(text.substring(done), values)).toString();
    }

    private String fillRequired(String text, Map<String, String> values) {
        for (String name : Placeholders.names(text)) {
            if (values.get(name) == null) {
                throw new IllegalStateException(file + ": no value for {" + name + "}");
            }
        }
        return Placeholders.fill(text, values);
    }

    private List<String> texts() {
        return subject == null ? List.of(body) : List.of(subject, body);
    }
}
