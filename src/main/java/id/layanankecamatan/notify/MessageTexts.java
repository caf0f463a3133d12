package id.layanankecamatan.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;

/**
 * The templates of one channel for one vocabulary, e.g. the citizen mails {@code notices/mail/<notice>.txt}.
 * All are read and checked when the channel is built, that is at start: a missing template, a malformed one or a
 * placeholder the sender does not fill stops the start with every problem named, instead of a citizen receiving
 * "{nomor}" or nothing.
 */
public final class MessageTexts<K extends Enum<K> & MessageKind> {

    private final Map<K, MessageTemplate> templates;

    private MessageTexts(Map<K, MessageTemplate> templates) {
        this.templates = templates;
    }

    /** The bundled templates in {@code folder} on the classpath. */
    public static <K extends Enum<K> & MessageKind> MessageTexts<K> load(String folder, Class<K> kinds,
                                                                         boolean withSubject) {
        return load(folder, kinds, withSubject, MessageTexts::fromClasspath);
    }

    /** {@code files}: the text of a file by its path, empty when there is none. */
    static <K extends Enum<K> & MessageKind> MessageTexts<K> load(String folder, Class<K> kinds, boolean withSubject,
                                                                  Function<String, Optional<String>> files) {
        Map<K, MessageTemplate> templates = new EnumMap<>(kinds);
        List<String> problems = new ArrayList<>();
        for (K kind : kinds.getEnumConstants()) {
            String file = folder + "/" + kind.templateName() + ".txt";
            Optional<String> text = files.apply(file);
            if (text.isEmpty()) {
                problems.add(file + " is missing (the text of " + kind.name() + ")");
                continue;
            }
            try {
                MessageTemplate template = MessageTemplate.parse(file, text.get(), withSubject);
                Set<String> unknown = new LinkedHashSet<>(template.placeholders());
                unknown.removeAll(kind.placeholders());
                unknown.forEach(name -> problems.add(file + ": unknown placeholder {" + name + "}; "
                        + kind.name() + " offers " + braced(kind.placeholders())));
                templates.put(kind, template);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Message templates that cannot be sent:\n- "
                    + String.join("\n- ", problems));
        }
        return new MessageTexts<>(templates);
    }

    /** The message of {@code kind}; {@code values} may leave out what a {@code [[ ]]} part does without. */
    public RenderedMessage compose(K kind, Map<String, String> values) {
        Set<String> unknown = new LinkedHashSet<>(values.keySet());
        unknown.removeAll(kind.placeholders());
        if (!unknown.isEmpty()) {
            // a typo in the sender: the template could never show that value
            throw new IllegalArgumentException(kind.name() + " has no placeholder " + braced(unknown));
        }
        return templates.get(kind).render(values);
    }

    private static String braced(Set<String> names) {
        return names.stream().map(n -> "{" + n + "}").reduce((a, b) -> a + " " + b).orElse("none");
    }

    private static Optional<String> fromClasspath(String file) {
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The message template " + file + " cannot be read", e);
        }
    }
}
