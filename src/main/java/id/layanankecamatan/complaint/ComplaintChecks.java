package id.layanankecamatan.complaint;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicantDataValidator;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ScanPreparation;
import id.layanankecamatan.application.TextPolicy;
import id.layanankecamatan.application.UploadedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of a complaint, the same for the portal, the API and staff entry: every problem is named with its field
 * and an Indonesian message, and nothing is stored until all pass. Attachments follow the rules of an application's
 * scans (PDF, JPEG or PNG by content, the same sizes; a photo is normalised and loses its metadata).
 */
@Component
public class ComplaintChecks {

    public static final int TEXT_MAX = 4000;
    public static final int MAX_ATTACHMENTS = 3;
    /** An SP4N-LAPOR! tracking number: letters, digits and dashes (e.g. 1234567 or LAP-2026-000123), "#" dropped. */
    static final Pattern LAPOR_REFERENCE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{3,29}$");

    private final ApplicationRepository applications;
    private final ScanPreparation scans;

    public ComplaintChecks(ApplicationRepository applications, ScanPreparation scans) {
        this.applications = applications;
        this.scans = scans;
    }

    /** What passed every check, ready to store: the files as they will be stored. */
    record Checked(ComplaintType type, ComplaintChannel channel, ComplaintSubmission submission, String serviceCode,
                   List<UploadedFile> files) {
    }

    Checked check(ComplaintSubmission given) {
        ComplaintSubmission s = given.normalized();
        List<FieldProblem> problems = new ArrayList<>();
        ComplaintType type = choice(ComplaintType.class, s.type(), "type", "Jenis pengaduan", problems);
        ComplaintChannel channel = choice(ComplaintChannel.class, s.channel(), "channel", "Saluran", problems);
        if (channel != null && channel.enteredByStaff() && s.enteredBy() == null) {
            problems.add(new FieldProblem("channel", "Pengaduan lewat " + channel.label()
                    + " dicatat oleh petugas; lewat portal dan API salurannya PORTAL."));
        } else if (channel == ComplaintChannel.PORTAL && s.enteredBy() != null) {
            problems.add(new FieldProblem("channel", "Pilih saluran tempat pengaduan diterima (loket, telepon, "
                    + "WhatsApp, surel atau kotak saran)."));
        }
        text(s.text()).ifPresent(m -> problems.add(new FieldProblem("text", m)));
        String serviceCode = null;
        if (s.registrationNumber() != null) {
            Optional<Application> application = applications.findByRegistrationNumber(s.registrationNumber());
            if (application.isEmpty()) {
                problems.add(new FieldProblem("registrationNumber", "Nomor registrasi " + shortened(s.registrationNumber())
                        + " tidak ditemukan. Periksa nomornya, atau kosongkan bila pengaduan tidak tentang satu permohonan."));
            } else {
                serviceCode = application.get().serviceCode();
            }
        }
        TextPolicy.problem("Nama", s.name(), TextPolicy.Kind.NAME, TextPolicy.NAME_MAX, false)
                .ifPresent(m -> problems.add(new FieldProblem("name", m)));
        ApplicantDataValidator.phoneProblem(s.phone()).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        ApplicantDataValidator.emailProblem(s.email()).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        if (s.laporReference() != null && !LAPOR_REFERENCE.matcher(s.laporReference()).matches()) {
            problems.add(new FieldProblem("laporReference", "Nomor LAPOR! terdiri dari 4 sampai 30 huruf, angka atau "
                    + "tanda - (contoh: 1234567), sesuai nomor pelacakan dari SP4N-LAPOR!."));
        }
        List<UploadedFile> files = List.of();
        if (s.files().size() > MAX_ATTACHMENTS) {
            problems.add(new FieldProblem("files", "Paling banyak " + MAX_ATTACHMENTS + " lampiran untuk satu pengaduan."));
        } else {
            ScanPreparation.Prepared prepared = scans.prepareEach(s.files());
            problems.addAll(prepared.problems());
            files = prepared.files();
        }
        if (!problems.isEmpty()) {
            throw new InvalidComplaintException(problems);
        }
        return new Checked(type, channel, s, serviceCode, files);
    }

    /** The complainant's own text (the complaint, an addition, the reason it is not resolved), or its problem. */
    static Optional<String> text(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Isi pengaduan wajib diisi: tuliskan apa yang terjadi.");
        }
        return TextPolicy.problem("Isi pengaduan", text, TextPolicy.Kind.FREE_TEXT, TEXT_MAX, true);
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String given, String field, String label,
                                                List<FieldProblem> problems) {
        String known = Arrays.stream(kind.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (given == null) {
            problems.add(new FieldProblem(field, label + " wajib dipilih: " + known + "."));
            return null;
        }
        try {
            return Enum.valueOf(kind, given);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, label + " tidak dikenal: " + shortened(given) + ". Pilih " + known + "."));
            return null;
        }
    }

    /** A value echoed in a message, never long enough to carry a page of text back. */
    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
