package id.layanankecamatan.document;

import id.layanankecamatan.Placeholders;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letter bodies are plain text files the office can edit: {@code letters/{service code}.txt} in the release, or
 * the same name in {@code layanan.letters.template-dir}, which wins and is read at every issue (no restart).
 * Paragraphs are separated by a blank line; lines starting with '#' are comments; {placeholders} are filled in.
 */
@Component
public class LetterTemplates {

    /** What every letter can name besides the service's own fields (filled in by {@link LetterService}). */
    static final Set<String> STANDARD_PLACEHOLDERS = Set.of("name", "nik", "address", "rt", "rw", "village", "purpose",
            "signerTitle", "officeName");
    /** Beside a NIK field's own placeholder: {@code {deceasedNik_almarhum}}, "almarhum" or "almarhumah" by the NIK. */
    static final String ALMARHUM = "_almarhum";

    private final Path overrides;

    public LetterTemplates(LetterProperties properties, ServiceCatalog catalog) {
        this.overrides = properties.templateDir() == null || properties.templateDir().isBlank() ? null
                : Path.of(properties.templateDir());
        // every service must be able to issue its letter: fail at start, not at the camat's desk
        List<String> problems = catalog.services().stream().flatMap(service -> problems(service).stream()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The letter templates do not match the catalogue:\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** An empty template, or a {placeholder} that is neither a standard one nor a field of the service. */
    List<String> problems(ServiceDefinition service) {
        List<String> paragraphs = paragraphs(service);
        if (paragraphs.isEmpty()) {
            return List.of("letters/" + service.code() + ".txt is empty");
        }
        Set<String> known = new HashSet<>(STANDARD_PLACEHOLDERS);
        service.fields().forEach(field -> {
            known.add(field.code());
            if (field.type() == FieldDefinition.Type.NIK) {
                known.add(field.code() + ALMARHUM);
            }
        });
        Set<String> unknown = new TreeSet<>();
        paragraphs.forEach(paragraph -> Placeholders.names(paragraph).stream().filter(name -> !known.contains(name))
                .forEach(unknown::add));
        return unknown.stream().map(p -> "letters/" + service.code() + ".txt names {" + p + "}, which is neither "
                + "a standard placeholder " + new TreeSet<>(STANDARD_PLACEHOLDERS) + " nor a field of the service")
                .toList();
    }

    /** The template's paragraphs, each with its lines joined by single spaces. */
    public List<String> paragraphs(ServiceDefinition service) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text(service.code()).split("\\R", -1)) {
            String content = line.strip();
            if (content.startsWith("#")) {
                continue;
            }
            if (content.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(content);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private String text(String serviceCode) {
        String fileName = serviceCode + ".txt";
        try {
            Optional<Path> override = Optional.ofNullable(overrides).map(dir -> dir.resolve(fileName))
                    .filter(Files::isRegularFile);
            if (override.isPresent()) {
                return Files.readString(override.get(), StandardCharsets.UTF_8);
            }
            ClassPathResource bundled = new ClassPathResource("letters/" + fileName);
            if (!bundled.exists()) {
                throw new IllegalStateException("No letter template letters/" + fileName + " for service "
                        + serviceCode);
            }
            try (InputStream in = bundled.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The letter template " + fileName + " cannot be read", e);
        }
    }
}
