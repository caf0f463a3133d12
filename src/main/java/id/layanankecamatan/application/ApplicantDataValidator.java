package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The rules for the applicant's fields, the same for the portal, the API and the counter. */
@Component
public class ApplicantDataValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    // Indonesian mobile numbers: 08…, 628… or +628…, 10 to 14 digits in all
    private static final Pattern PHONE = Pattern.compile("^(\\+62|62|0)8\\d{7,11}$");
    // an address goes into a mail header: visible ASCII only (no control, bidi or zero-width characters)
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("^[\\x21-\\x7E]+$");
    private static final Pattern RT_RW = Pattern.compile("^\\d{1,3}$");

    public List<FieldProblem> validate(ApplicantData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data == null) {
            problems.add(new FieldProblem("data", "Data pemohon wajib diisi."));
            return problems;
        }
        Nik.problem(data.nik()).ifPresent(m -> problems.add(new FieldProblem("nik", m)));
        required(problems, "name", data.name(), "Nama lengkap wajib diisi.", "Nama", TextPolicy.Kind.NAME,
                TextPolicy.NAME_MAX);
        required(problems, "address", data.address(), "Alamat wajib diisi.", "Alamat", TextPolicy.Kind.NAME,
                TextPolicy.ADDRESS_MAX);
        pattern(problems, "rt", data.rt(), RT_RW, "RT wajib diisi dengan angka (misalnya 003).");
        pattern(problems, "rw", data.rw(), RT_RW, "RW wajib diisi dengan angka (misalnya 002).");
        required(problems, "village", data.village(), "Desa/kelurahan wajib diisi.", "Desa/kelurahan",
                TextPolicy.Kind.NAME, TextPolicy.NAME_MAX);
        required(problems, "purpose", data.purpose(), "Keperluan surat wajib diisi.", "Keperluan",
                TextPolicy.Kind.FREE_TEXT, 200);
        if (data.email() == null && data.phone() == null) {
            problems.add(new FieldProblem("email", "Isi alamat surel atau nomor HP agar kami dapat menghubungi Anda."));
        }
        emailProblem(data.email()).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        phoneProblem(data.phone()).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        choice(problems, data);
        return problems;
    }

    /** What is wrong with a mail address (null: none given, fine), the same for applicants and complainants. */
    public static Optional<String> emailProblem(String email) {
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200
                || !PRINTABLE_ASCII.matcher(email).matches())) {
            return Optional.of("Alamat surel tidak valid (contoh: nama@contoh.com).");
        }
        return Optional.empty();
    }

    /** What is wrong with a mobile number, already without spaces and dashes (null: none given, fine). */
    public static Optional<String> phoneProblem(String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            return Optional.of("Nomor HP tidak valid (contoh: 081234567890).");
        }
        return Optional.empty();
    }

    /** The channels chosen must be known, need their address, and at least one is chosen when a choice is made. */
    private static void choice(List<FieldProblem> problems, ApplicantData data) {
        if (data.notifyBy() == null) {
            return;
        }
        List<String> unknown = data.notifyBy().stream().filter(c -> !ApplicantData.CHOOSABLE.contains(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("notifyBy", "Cara menerima kabar tidak dikenal: " + String.join(", ", unknown)
                    + ". Pilih WHATSAPP atau EMAIL."));
        } else if (data.notifyBy().isEmpty()) {
            problems.add(new FieldProblem("notifyBy", "Pilih paling sedikit satu cara menerima kabar."));
        } else if (data.notifyBy().contains(ApplicantData.WHATSAPP) && data.phone() == null) {
            problems.add(new FieldProblem("phone", "Isi nomor HP untuk menerima kabar lewat WhatsApp."));
        } else if (data.notifyBy().contains(ApplicantData.EMAIL) && data.email() == null) {
            problems.add(new FieldProblem("email", "Isi alamat surel untuk menerima kabar lewat surel."));
        }
    }

    /** Required text checked against the character policy (TextPolicy) with the field's own limit. */
    private static void required(List<FieldProblem> problems, String field, String value, String message,
                                 String label, TextPolicy.Kind kind, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, message));
        } else {
            TextPolicy.problem(label, value, kind, max, false).ifPresent(m -> problems.add(new FieldProblem(field, m)));
        }
    }

    private static void pattern(List<FieldProblem> problems, String field, String value, Pattern pattern,
                                String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
