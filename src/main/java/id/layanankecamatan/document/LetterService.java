package id.layanankecamatan.document;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.Placeholders;
import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.application.Nik;
import id.layanankecamatan.application.TrackingCodes;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.signing.LetterSigner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Produces the letter of an application: a preview for the signer, and the numbered, signed letter. */
@Service
public class LetterService {

    private static final Logger LOG = LoggerFactory.getLogger(LetterService.class);

    private static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private final ApplicationRepository applications;
    private final LetterRepository letters;
    private final ServiceCatalog catalog;
    private final OfficeProperties office;
    private final LetterNumbering numbering;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final LetterSigner signer;
    private final TrackingCodes codes;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;

    public LetterService(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
                         OfficeProperties office, LetterNumbering numbering, LetterTemplates templates,
                         LetterRenderer renderer, LetterSigner signer, TrackingCodes codes, PublicUrl publicUrl,
                         OfficeClock clock, ApplicationLifecycle lifecycle) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.office = office;
        this.numbering = numbering;
        this.templates = templates;
        this.renderer = renderer;
        this.signer = signer;
        this.codes = codes;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    public byte[] preview(Application application) {
        return renderer.render(content(application, "(diberikan saat ditandatangani)", clock.now(), false, null));
    }

    /**
     * Numbers, renders, signs and stores the letter in the signer's transaction, so a number is never lost or
     * used twice. {@code onBehalf}: the sekcam signs "a.n. Camat" with the deputy's name and NIP.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Letter issue(String registrationNumber, String signedByUser, boolean onBehalf) {
        Application application = applications.findByRegistrationNumber(registrationNumber).orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        OffsetDateTime now = clock.now();
        ServiceDefinition service = catalog.get(application.serviceCode());
        String number = numbering.next(service.letter().classification(), now);
        // the same readable alphabet as tracking codes; this one is public, printed on the letter
        String code = codes.generate();
        LetterContent.Verification verification = new LetterContent.Verification(VerificationCode.display(code),
                publicUrl.of("/verifikasi/" + code), publicUrl.of("/verifikasi"));
        OfficeProperties.Signer signedBy = onBehalf ? office.deputy() : office.signer();
        byte[] pdf = signer.sign(renderer.render(content(application, number, now, onBehalf, verification)),
                new LetterSigner.SignatureDetails(signedBy.name(), "Penandatanganan surat nomor " + number,
                        office.city(), now));
        Letter letter = new Letter(application.id(), number, code, pdf, Hashes.sha256(pdf), signedBy.name(),
                signedBy.nip(), signerTitle(onBehalf), signedByUser, now);
        letters.insert(letter);
        lifecycle.move(application, ApplicationStatus.ISSUED,
                "Surat nomor " + number + " telah ditandatangani dan dapat diunduh.", signedByUser, now);
        LOG.info("Letter {} signed for application {} (user {})", number, registrationNumber, signedByUser);
        return letter;
    }

    /** As printed: "Sekretaris Camat a.n. Camat ..." when the deputy signs. */
    private String signerTitle(boolean onBehalf) {
        return onBehalf ? office.deputy().title() + " a.n. " + office.signer().title() : office.signer().title();
    }

    private LetterContent content(Application application, String number, OffsetDateTime date, boolean onBehalf,
                                  LetterContent.Verification verification) {
        ServiceDefinition service = catalog.get(application.serviceCode());
        OfficeProperties.Signer signedBy = onBehalf ? office.deputy() : office.signer();
        String signerWords = onBehalf ? signedBy.title() + ", atas nama " + office.signer().title()
                : signedBy.title();
        Map<String, String> values = new HashMap<>(placeholders(application.applicant(), signerWords));
        values.putAll(detailPlaceholders(service, application.details()));
        List<String> paragraphs = templates.paragraphs(service).stream().map(p -> Placeholders.fill(p, values))
                .toList();
        return new LetterContent(office.government(), office.name(), office.address(), office.contact(),
                service.letter().title(), number, paragraphs, office.city() + ", " + INDONESIAN_DATE.format(date),
                onBehalf ? office.signer().title() : null, signedBy.title(), signedBy.name(), signedBy.nip(),
                verification, date);
    }

    /** The values of {@link LetterTemplates#STANDARD_PLACEHOLDERS}. */
    private Map<String, String> placeholders(ApplicantData a, String signerWords) {
        return Map.of("name", plain(a.name()), "nik", a.nik(), "address", plain(a.address()), "rt", a.rt(),
                "rw", a.rw(), "village", plain(a.village()), "purpose", plain(a.purpose()), "signerTitle", signerWords,
                "officeName", titleCase(office.name()));
    }

    /**
     * Service-specific fields by their code: dates in Indonesian words, a list of rows (e.g. heirs) as a table with
     * a column per column of the field, a value inside its catalogue wording where it has one ({@code letter-text});
     * for a NIK also {@code {code_almarhum}}, the word for a deceased man or woman as the NIK says.
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
                text = LetterTable.of(field.columns().stream().map(FieldDefinition::label).toList(), rows.stream()
                        .map(row -> field.columns().stream().map(c -> cell((Map<?, ?>) row, c)).toList()).toList());
            } else {
                text = plain(value.toString());
            }
            if (field.letterText() != null) {
                text = value == null ? field.letterText().missing().strip()
                        : Placeholders.fill(field.letterText().given().strip(), Map.of("value", text));
            }
            values.put(field.code(), text);
            if (field.type() == FieldDefinition.Type.NIK) {
                values.put(field.code() + LetterTemplates.ALMARHUM, value == null ? "almarhum/almarhumah"
                        : Nik.isWoman(value.toString()) ? "almarhumah" : "almarhum");
            }
        }
        return values;
    }

    private static String cell(Map<?, ?> row, FieldDefinition column) {
        Object value = row.get(column.code());
        return value == null ? "-" : plain(value.toString());
    }

    /** Line breaks belong to the template: a citizen's text stays on its line. */
    private static String plain(String value) {
        return value.replaceAll("\\s+", " ").strip();
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
