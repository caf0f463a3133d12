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
import id.layanankecamatan.signing.SignatureCertificate;
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
    private final LetterRegister register;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final LetterSigner signer;
    private final TrackingCodes codes;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;
    private final Signatories signatories;
    private final LetterFormats formats;
    private final CopyStamp copies;

    public LetterService(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
                         OfficeProperties office, LetterRegister register, LetterTemplates templates,
                         LetterRenderer renderer, LetterSigner signer, TrackingCodes codes, PublicUrl publicUrl,
                         OfficeClock clock, ApplicationLifecycle lifecycle, Signatories signatories,
                         LetterFormats formats, CopyStamp copies) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.office = office;
        this.register = register;
        this.templates = templates;
        this.renderer = renderer;
        this.signer = signer;
        this.codes = codes;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.signatories = signatories;
        this.formats = formats;
        this.copies = copies;
    }

    /** The letter as {@code viewer} would sign it today, without number, code or signature. */
    public byte[] preview(Application application, String viewer) {
        OffsetDateTime now = clock.now();
        return render(application, content(application, "(diberikan saat ditandatangani)", now,
                signatories.previewing(viewer, now.toLocalDate()), null, null));
    }

    /** A letter of its own, or, for a legalisation, the uploaded copy with the letter's content stamped on it. */
    private byte[] render(Application application, LetterContent content) {
        ServiceDefinition.LetterTemplate letter = catalog.get(application.serviceCode()).letter();
        return letter.stampsCopy() ? copies.render(application, letter.stampOnCopy(), content)
                : renderer.render(content);
    }

    /**
     * Numbers, renders, signs and stores the letter. The number is taken from the register in a short transaction
     * of its own, so signings do not queue behind one another's rendering; it becomes the letter's in the signer's
     * transaction, and is voided in the register if that transaction does not commit ({@link LetterRegister}). The
     * signing account decides the signature block (the camat, a.n. by the sekretaris, Plh./Plt. by an acting
     * official) and the certificate that signs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Letter issue(String registrationNumber, String signedByUser) {
        Application application = applications.findByRegistrationNumber(registrationNumber).orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        OffsetDateTime now = clock.now();
        Signatory signatory = signatories.signing(signedByUser, now.toLocalDate());
        SignatureCertificate certificate = signer.certificateOf(signedByUser);
        ServiceDefinition service = catalog.get(application.serviceCode());
        LetterRegister.Reservation reservation = register.reserve(application.id(),
                service.letter().classification(), now);
        try {
            String number = reservation.number();
            // the same readable alphabet as tracking codes; this one is public, printed on the letter
            String code = codes.generate();
            LetterContent.Verification verification = new LetterContent.Verification(VerificationCode.display(code),
                    publicUrl.of("/verifikasi/" + code), publicUrl.of("/verifikasi"));
            byte[] pdf = signer.sign(render(application, content(application, number, now, signatory, certificate,
                            verification)), new LetterSigner.SignatureDetails(signedByUser, signatory.name(),
                            "Penandatanganan surat nomor " + number, office.city(), now));
            Letter letter = new Letter(application.id(), number, code, pdf, Hashes.sha256(pdf), signatory.name(),
                    signatory.nip(), signatory.title(), signedByUser, now, certificate);
            register.issued(reservation);
            letters.insert(letter);
            lifecycle.move(application, ApplicationStatus.ISSUED,
                    "Surat nomor " + number + " telah ditandatangani dan dapat diunduh.", signedByUser, now);
            LOG.info("Letter {} signed for application {} (user {}, {} certificate)", number, registrationNumber,
                    signedByUser, certificate);
            return letter;
        } catch (RuntimeException e) {
            reservation.failed(e);
            throw e;
        }
    }

    private LetterContent content(Application application, String number, OffsetDateTime date, Signatory signatory,
                                  SignatureCertificate certificate, LetterContent.Verification verification) {
        ServiceDefinition service = catalog.get(application.serviceCode());
        Map<String, String> values = new HashMap<>(placeholders(application.applicant(), signatory));
        values.putAll(detailPlaceholders(service, application.details()));
        List<LetterBlock> body = templates.blocks(service).stream().map(block -> block.filled(values, formats::apply))
                .toList();
        return new LetterContent(office.government(), office.name(), office.address(), office.contact(),
                service.letter().title(), number, body, office.city() + ", " + INDONESIAN_DATE.format(date),
                signatory, certificate, verification, date);
    }

    /** The values of {@link LetterTemplates#STANDARD_PLACEHOLDERS}. */
    private Map<String, String> placeholders(ApplicantData a, Signatory signatory) {
        Map<String, String> values = new HashMap<>();
        values.put("name", plain(a.name()));
        values.put("nik", a.nik());
        values.put("address", plain(a.address()));
        values.put("rt", LetterFormats.threeDigits(a.rt()));
        values.put("rw", LetterFormats.threeDigits(a.rw()));
        values.put("rtRw", LetterFormats.rtRw(a.rt(), a.rw()));
        values.put("village", plain(a.village()));
        values.put("purpose", plain(a.purpose()));
        values.put("signerTitle", signatory.inSentence());
        values.put("signerName", signatory.name());
        values.put("signerNip", signatory.nip());
        values.put("signerRank", signatory.hasRank() ? signatory.rank() : "-");
        values.put("officeName", titleCase(office.name()));
        return values;
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
