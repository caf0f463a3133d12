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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letter bodies are plain text files the office can edit: {@code letters/{service code}.txt} in the release, or
 * the same name in {@code layanan.letters.template-dir}, which wins and is read at every issue (no restart).
 * Paragraphs are separated by a blank line; lines starting with '#' are comments; {placeholders} are filled in.
 * A line {@code Label : value} (a space before the colon) is a row: consecutive rows print as aligned columns.
 * Every letter ends with a closing sentence: the template's own last paragraph if it begins with "Demikian",
 * otherwise {@code layanan.letters.closing}.
 */
@Component
public class LetterTemplates {

    /** What every letter can name besides the service's own fields (filled in by {@link LetterService}). */
    static final Set<String> STANDARD_PLACEHOLDERS = Set.of("name", "nik", "address", "rt", "rw", "rtRw", "village",
            "purpose", "signerTitle", "signerName", "signerNip", "signerRank", "officeName");

    // a space on both sides of the colon and text on both sides: "Nama : {name}" is a row, while "keperluan: …"
    // and "sebagai berikut :" stay sentences
    private static final Pattern ROW = Pattern.compile("(\\S.*?)\\s+:\\s+(\\S.*)");
    private static final String CLOSING_START = "Demikian";
    /** Beside a NIK field's own placeholder: {@code {deceasedNik_almarhum}}, "almarhum" or "almarhumah" by the NIK. */
    static final String ALMARHUM = "_almarhum";

    private final Path overrides;
    private final String closing;

    public LetterTemplates(LetterProperties properties, ServiceCatalog catalog) {
        this.overrides = properties.templateDir() == null || properties.templateDir().isBlank() ? null
                : Path.of(properties.templateDir());
        this.closing = properties.closingOrDefault();
        if (!closing.startsWith(CLOSING_START)) {
            throw new IllegalStateException("layanan.letters.closing must begin with '" + CLOSING_START + "': "
                    + closing);
        }
        // every service must be able to issue its letter: fail at start, not at the camat's desk
        List<String> problems = catalog.services().stream().flatMap(service -> problems(service).stream()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The letter templates do not match the catalogue:\n- "
                    + String.join("\n- ", problems));
        }
    }

    /**
     * An empty template, a {placeholder} that is neither a standard one nor a field of the service, or a
     * {placeholder:format} whose format the letters do not know.
     */
    List<String> problems(ServiceDefinition service) {
        List<LetterBlock> blocks = template(service);
        if (blocks.isEmpty()) {
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
        Set<String> unknownFormats = new TreeSet<>();
        blocks.forEach(block -> {
            Placeholders.names(block.source()).stream().filter(name -> !known.contains(name)).forEach(unknown::add);
            Placeholders.formats(block.source()).stream().filter(f -> !LetterFormats.FORMATS.contains(f))
                    .forEach(unknownFormats::add);
        });
        List<String> problems = new ArrayList<>(copyProblems(service));
        problems.addAll(unknown.stream().map(p -> "letters/" + service.code()
                + ".txt names {" + p + "}, which is neither a standard placeholder "
                + new TreeSet<>(STANDARD_PLACEHOLDERS) + " nor a field of the service").toList());
        unknownFormats.forEach(f -> problems.add("letters/" + service.code() + ".txt formats a value as '" + f
                + "', which letters do not know; known: " + new TreeSet<>(LetterFormats.FORMATS)));
        return problems;
    }

    /** A stamp on a copy needs an uploaded file to stamp: a requirement of the service with a file. */
    private static List<String> copyProblems(ServiceDefinition service) {
        if (!service.letter().stampsCopy() || service.fileRequirements().stream()
                .anyMatch(r -> r.code().equals(service.letter().stampOnCopy()))) {
            return List.of();
        }
        return List.of("letter.stamp-on-copy of " + service.code() + " names '" + service.letter().stampOnCopy()
                + "', which is not a requirement of the service with a required file");
    }

    /**
     * The body as the letter prints it, unfilled: the template's blocks and the closing sentence. A stamp on a
     * copy has no closing sentence: it is the template's text alone.
     */
    public List<LetterBlock> blocks(ServiceDefinition service) {
        List<LetterBlock> blocks = new ArrayList<>(template(service));
        if (service.letter().stampsCopy()) {
            return blocks;
        }
        boolean closes = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof LetterBlock.Paragraph last
                && last.text().startsWith(CLOSING_START);
        if (!closes) {
            blocks.add(new LetterBlock.Paragraph(closing));
        }
        return blocks;
    }

    /** The template's blocks: prose lines joined by single spaces, row lines kept as rows. */
    private List<LetterBlock> template(ServiceDefinition service) {
        List<LetterBlock> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        List<LetterBlock.Row> rows = new ArrayList<>();
        for (String line : text(service.code()).split("\\R", -1)) {
            String content = line.strip();
            Matcher row = ROW.matcher(content);
            if (content.startsWith("#")) {
                continue;
            }
            if (content.isEmpty()) {
                endProse(blocks, prose);
                endRows(blocks, rows);
            } else if (row.matches()) {
                endProse(blocks, prose);
                rows.add(new LetterBlock.Row(row.group(1), row.group(2)));
            } else {
                endRows(blocks, rows);
                prose.append(prose.isEmpty() ? "" : " ").append(content);
            }
        }
        endProse(blocks, prose);
        endRows(blocks, rows);
        return blocks;
    }

    private static void endProse(List<LetterBlock> blocks, StringBuilder prose) {
        if (!prose.isEmpty()) {
            blocks.add(new LetterBlock.Paragraph(prose.toString()));
            prose.setLength(0);
        }
    }

    private static void endRows(List<LetterBlock> blocks, List<LetterBlock.Row> rows) {
        if (!rows.isEmpty()) {
            blocks.add(new LetterBlock.Rows(rows));
            rows.clear();
        }
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
