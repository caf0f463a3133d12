package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Upload rules: PDF, JPEG or PNG by content, at most 2 MB each and 5 in one request; no image declaring an absurd
 * pixel size, no PDF that starts as a web page or lacks its end marker (ScanContent).
 */
@Component
public class UploadValidator {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_FILES = 5;

    /** For a new application: every required scan must be there. */
    public List<FieldProblem> validateSubmission(ServiceDefinition service, List<UploadedFile> files) {
        List<FieldProblem> problems = validateFiles(service, files);
        Set<String> given = new HashSet<>();
        files.stream().filter(f -> !f.isEmpty()).forEach(f -> given.add(f.requirementCode()));
        for (ServiceDefinition.Requirement requirement : service.fileRequirements()) {
            if (!given.contains(requirement.code())) {
                problems.add(new FieldProblem(requirement.code(), "Unggah " + requirement.name() + "."));
            }
        }
        return problems;
    }

    /** For a correction: any subset of the scans may be replaced. */
    public List<FieldProblem> validateFiles(ServiceDefinition service, List<UploadedFile> files) {
        List<FieldProblem> problems = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "Paling banyak " + MAX_FILES + " berkas dalam satu pengiriman."));
            return problems;
        }
        Set<String> known = new HashSet<>();
        service.fileRequirements().forEach(r -> known.add(r.code()));
        Set<String> seen = new HashSet<>();
        for (UploadedFile file : files) {
            String field = file.requirementCode();
            if (!known.contains(field)) {
                problems.add(new FieldProblem(field, "Berkas '" + field + "' bukan persyaratan layanan ini."));
            } else if (!seen.add(field)) {
                problems.add(new FieldProblem(field, "Berkas ini dikirim lebih dari satu kali."));
            } else if (file.isEmpty()) {
                problems.add(new FieldProblem(field, "Berkas kosong; pilih ulang berkas hasil pindaian."));
            } else if (file.size() > MAX_BYTES) {
                problems.add(new FieldProblem(field, "Ukuran berkas melebihi 2 MB; perkecil hasil pindaian."));
            } else {
                Optional<FileType> type = FileType.detect(file.content());
                if (type.isEmpty()) {
                    problems.add(new FieldProblem(field, "Jenis berkas tidak didukung; unggah PDF, JPG atau PNG."));
                } else {
                    ScanContent.problem(file.content(), type.get())
                            .ifPresent(message -> problems.add(new FieldProblem(field, message)));
                }
            }
        }
        return problems;
    }
}
