package id.layanankecamatan.document;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Counters;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.application.Times;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.catalog.FieldDefinition;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Produces the letter of an application: a preview for the signer, and the numbered letter when signed. */
@Service
public class LetterService {

    private static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));
    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
        "XII"};

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final ApplicationRepository applications;
    private final LetterRepository letters;
    private final ServiceCatalog catalog;
    private final OfficeProperties office;
    private final Counters counters;
    private final LetterRenderer renderer;

    public LetterService(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
                         OfficeProperties office, Counters counters, LetterRenderer renderer) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.office = office;
        this.counters = counters;
        this.renderer = renderer;
    }

    public byte[] preview(Application application) {
        return renderer.render(content(application, "(diberikan saat ditandatangani)", Times.now(), false, true));
    }

    /**
     * Numbers, renders and stores the letter in the signer's transaction, so a number is never lost.
     * {@code onBehalf}: the sekcam signs "a.n. Camat" with the deputy's name and NIP.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Letter issue(String registrationNumber, String signedByUser, boolean onBehalf) {
        Application application = applications.findByRegistrationNumber(registrationNumber).orElseThrow();
        OffsetDateTime now = Times.now();
        String number = nextNumber(catalog.get(application.serviceCode()), now);
        byte[] pdf = renderer.render(content(application, number, now, onBehalf, false));
        OfficeProperties.Signer signer = onBehalf ? office.deputy() : office.signer();
        Letter letter = new Letter(application.id(), number, pdf, Hashes.sha256(pdf), signer.name(), signer.nip(),
                signedByUser, now);
        letters.insert(letter);
        applications.updateStatus(application.id(), ApplicationStatus.ISSUED, now);
        applications.addEvent(application.id(), ApplicationStatus.ISSUED,
                "Surat nomor " + number + " telah ditandatangani dan dapat diunduh.", signedByUser, now);
        return letter;
    }

    /** {classification}/{sequence}/{office}/{month in Roman numerals}/{year}, e.g. 470/0123/BTN/XI/2026. */
    private String nextNumber(ServiceDefinition service, OffsetDateTime now) {
        long sequence = counters.next("letter-" + now.getYear());
        return "%s/%04d/%s/%s/%d".formatted(service.letter().classification(), sequence, office.code(),
                ROMAN_MONTHS[now.getMonthValue() - 1], now.getYear());
    }

    private LetterContent content(Application application, String number, OffsetDateTime date, boolean onBehalf,
                                  boolean draft) {
        ServiceDefinition service = catalog.get(application.serviceCode());
        OfficeProperties.Signer signer = onBehalf ? office.deputy() : office.signer();
        String signerWords = onBehalf ? signer.title() + ", atas nama " + office.signer().title() : signer.title();
        Map<String, String> values = new HashMap<>(placeholders(application.applicant(), signerWords));
        values.putAll(detailPlaceholders(service, application.details()));
        List<String> paragraphs = Arrays.stream(fill(service.letter().body(), values).split("\\|"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new LetterContent(office.government(), office.name(), office.address(), office.contact(),
                service.letter().title(), number, paragraphs, office.city() + ", " + INDONESIAN_DATE.format(date),
                onBehalf ? office.signer().title() : null, signer.title(), signer.name(), signer.nip(), draft);
    }

    private Map<String, String> placeholders(ApplicantData a, String signerWords) {
        return Map.of("name", plain(a.name()), "nik", a.nik(), "address", plain(a.address()), "rt", a.rt(),
                "rw", a.rw(), "village", plain(a.village()), "purpose", plain(a.purpose()), "signerTitle", signerWords,
                "officeName", titleCase(office.name()));
    }

    /**
     * Service-specific fields by their code: dates in Indonesian words, a list of rows (e.g. heirs) as one
     * line per row, which the template places as its own paragraph.
     */
    private static Map<String, String> detailPlaceholders(ServiceDefinition service, Map<String, Object> details) {
        Map<String, String> values = new HashMap<>();
        for (FieldDefinition field : service.fields()) {
            Object value = details.get(field.code());
            String text;
            if (value == null) {
                text = "-";
            } else if (field.type() == FieldDefinition.Type.DATE) {
                text = INDONESIAN_DATE.format(LocalDate.parse(value.toString()));
            } else if (value instanceof List<?> rows) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < rows.size(); i++) {
                    Map<?, ?> row = (Map<?, ?>) rows.get(i);
                    lines.append('|').append(i + 1).append(". ").append(field.columns().stream()
                            .map(c -> plain(String.valueOf(row.get(c.code()) == null ? "-" : row.get(c.code()))))
                            .collect(java.util.stream.Collectors.joining(", ")));
                }
                text = lines.toString();
            } else {
                text = plain(value.toString());
            }
            values.put(field.code(), text);
        }
        return values;
    }

    /** '|' separates paragraphs in templates: a citizen's text must not add one. */
    private static String plain(String value) {
        return value.replace('|', '/');
    }

    /** One pass over the template, so a value that looks like a placeholder is printed as it is. */
    private static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group());
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
            }
        }
        return out.toString().strip();
    }
}
