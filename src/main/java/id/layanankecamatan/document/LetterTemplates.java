package id.layanankecamatan.document;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letter bodies are plain text files the office can edit: {@code letters/{service code}.txt} in the release, or
 * the same name in {@code layanan.letters.template-dir}, which wins and is read at every issue (no restart).
 * Paragraphs are separated by a blank line; lines starting with '#' are comments; {placeholders} are filled in.
 */
@Component
public class LetterTemplates {

    private final Path overrides;

    public LetterTemplates(LetterProperties properties, ServiceCatalog catalog) {
        this.overrides = properties.templateDir() == null || properties.templateDir().isBlank() ? null
                : Path.of(properties.templateDir());
        // every service must be able to issue its letter: fail at start, not at the camat's desk
        for (ServiceDefinition service : catalog.services()) {
            if (paragraphs(service).isEmpty()) {
                throw new IllegalStateException("The letter template letters/" + service.code() + ".txt is empty");
            }
        }
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
