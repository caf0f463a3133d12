package id.layanankecamatan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The rules for the applicant's fields, the same for the portal, the API and the counter. */
@Component
public class ApplicantDataValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    // Indonesian mobile numbers: 08…, 628… or +628…, 10 to 14 digits in all
    private static final Pattern PHONE = Pattern.compile("^(\\+62|62|0)8\\d{7,11}$");
    private static final Pattern RT_RW = Pattern.compile("^\\d{1,3}$");

    public List<FieldProblem> validate(ApplicantData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data == null) {
            problems.add(new FieldProblem("data", "Data pemohon wajib diisi."));
            return problems;
        }
        Nik.problem(data.nik()).ifPresent(m -> problems.add(new FieldProblem("nik", m)));
        required(problems, "name", data.name(), "Nama lengkap wajib diisi.", 100);
        required(problems, "address", data.address(), "Alamat wajib diisi.", 200);
        pattern(problems, "rt", data.rt(), RT_RW, "RT wajib diisi dengan angka (misalnya 003).");
        pattern(problems, "rw", data.rw(), RT_RW, "RW wajib diisi dengan angka (misalnya 002).");
        required(problems, "village", data.village(), "Desa/kelurahan wajib diisi.", 100);
        required(problems, "purpose", data.purpose(), "Keperluan surat wajib diisi.", 200);
        if (data.email() == null && data.phone() == null) {
            problems.add(new FieldProblem("email", "Isi alamat surel atau nomor HP agar kami dapat menghubungi Anda."));
        }
        if (data.email() != null && (!EMAIL.matcher(data.email()).matches() || data.email().length() > 200)) {
            problems.add(new FieldProblem("email", "Alamat surel tidak valid (contoh: nama@contoh.com)."));
        }
        if (data.phone() != null && !PHONE.matcher(data.phone()).matches()) {
            problems.add(new FieldProblem("phone", "Nomor HP tidak valid (contoh: 081234567890)."));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, String message, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, message));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "Isian terlalu panjang (paling banyak " + max + " karakter)."));
        }
    }

    private static void pattern(List<FieldProblem> problems, String field, String value, Pattern pattern,
                                String message) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
