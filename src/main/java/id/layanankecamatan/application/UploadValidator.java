package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Upload rules, checked on what was received before anything is decoded: PDF, JPEG or PNG by content; a photo at
 * most 10 MB as uploaded (it is made smaller before it is stored, see ScanPreparation), a PDF at most 2 MB; for one
 * requirement either one PDF or up to 4 photos (the pages of a letter, the sides of a card); at most 20 files in
 * one request; no image declaring an absurd pixel size, no PDF that starts as a web page or lacks its end marker
 * (ScanContent).
 */
@Component
public class UploadValidator {

    /** What is stored for one requirement, and the limit of an uploaded PDF. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** A photo as uploaded, e.g. straight from a phone camera by a browser without script. */
    public static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 20;
    public static final int MAX_PHOTOS_PER_REQUIREMENT = 4;

    static final String TOO_BIG_PDF = "Ukuran PDF melebihi 2 MB; perkecil hasil pindaian atau kirim sebagai foto.";
    static final String TOO_BIG_IMAGE = "Ukuran foto melebihi 10 MB; perkecil foto.";
    static final String TOO_BIG = "Ukuran berkas melebihi batas: foto paling besar 10 MB, PDF paling besar 2 MB.";
    static final String PDF_ALONE = "PDF harus dikirim sendiri: untuk satu persyaratan kirim satu PDF atau paling"
            + " banyak " + MAX_PHOTOS_PER_REQUIREMENT + " foto.";
    static final String TOO_MANY_PHOTOS = "Paling banyak " + MAX_PHOTOS_PER_REQUIREMENT
            + " foto untuk satu persyaratan; gabungkan halaman lainnya dalam satu PDF.";

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
        if (files.size() > MAX_FILES) {
            return new ArrayList<>(List.of(new FieldProblem("files",
                    "Paling banyak " + MAX_FILES + " berkas dalam satu pengiriman.")));
        }
        Set<FieldProblem> problems = new LinkedHashSet<>();
        Map<String, List<UploadedFile>> byRequirement = new LinkedHashMap<>();
        for (UploadedFile file : files) {
            Optional<String> problem = partProblem(service, file);
            problem.ifPresent(message -> problems.add(new FieldProblem(file.requirementCode(), message)));
            if (problem.isEmpty()) {
                byRequirement.computeIfAbsent(file.requirementCode(), code -> new ArrayList<>()).add(file);
            }
        }
        byRequirement.forEach((code, parts) -> groupProblem(parts)
                .ifPresent(message -> problems.add(new FieldProblem(code, message))));
        return new ArrayList<>(problems);
    }

    /** What is wrong with one part on its own (not with its siblings of the same requirement), or empty. */
    public Optional<String> partProblem(ServiceDefinition service, UploadedFile file) {
        String field = file.requirementCode();
        if (service.fileRequirements().stream().noneMatch(r -> r.code().equals(field))) {
            return Optional.of("Berkas '" + field + "' bukan persyaratan layanan ini.");
        }
        return contentProblem(file);
    }

    /**
     * What is wrong with a file whatever it is for (type, size, content), or empty: the rule for scans and for
     * attachments that fulfil no requirement (a complaint's).
     */
    public Optional<String> contentProblem(UploadedFile file) {
        if (file.isEmpty()) {
            return Optional.of("Berkas kosong; pilih ulang berkas hasil pindaian.");
        }
        if (file.size() > file.content().length) {
            return Optional.of(TOO_BIG); // too large to be read, so of unknown type
        }
        Optional<FileType> type = FileType.detect(file.content());
        if (type.isEmpty()) {
            return Optional.of("Jenis berkas tidak didukung; unggah PDF, JPG atau PNG.");
        }
        if (type.get() == FileType.PDF && file.size() > MAX_BYTES) {
            return Optional.of(TOO_BIG_PDF);
        }
        if (type.get() != FileType.PDF && file.size() > MAX_IMAGE_BYTES) {
            return Optional.of(TOO_BIG_IMAGE);
        }
        return ScanContent.problem(file.content(), type.get());
    }

    /** Several parts for one requirement: only photos, and not too many. */
    private static Optional<String> groupProblem(List<UploadedFile> parts) {
        if (parts.size() < 2) {
            return Optional.empty();
        }
        if (parts.stream().anyMatch(f -> FileType.detect(f.content()).orElse(null) == FileType.PDF)) {
            return Optional.of(PDF_ALONE);
        }
        return parts.size() > MAX_PHOTOS_PER_REQUIREMENT ? Optional.of(TOO_MANY_PHOTOS) : Optional.empty();
    }
}
