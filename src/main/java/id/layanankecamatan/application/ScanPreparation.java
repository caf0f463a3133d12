package id.layanankecamatan.application;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.scan.PhotoNormaliser;
import id.layanankecamatan.scan.PhotoPdf;
import id.layanankecamatan.scan.ScanRefused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * From the parts a citizen sent to what is stored, one file per requirement: the upload rules (UploadValidator),
 * then every photo normalised (upright, at most 2000 px, a JPEG without metadata, at most 2 MB) and the photos of
 * one requirement joined into one PDF, a page each, in the order sent. A PDF is stored as it came. Portal, counter,
 * corrections and API all go through here, before any transaction.
 */
@Component
public class ScanPreparation {

    /** Decodes at once: each holds up to about 64 MB of raster. */
    static final int CONCURRENT_DECODES = 2;

    private final UploadValidator validator;
    private final PhotoNormaliser normaliser;
    private final PhotoPdf photoPdf;

    public ScanPreparation(UploadValidator validator) {
        this.validator = validator;
        this.normaliser = new PhotoNormaliser(CONCURRENT_DECODES);
        this.photoPdf = new PhotoPdf(normaliser);
    }

    /** The files to store, or the problems found; problems name the requirement (or the part). */
    public record Prepared(List<UploadedFile> files, List<FieldProblem> problems) {
    }

    /**
     * One part checked and normalised as it will be stored: a PDF unchanged, a photo as the JPEG we keep (sent
     * again later, alone or among the photos of its requirement, it is kept byte for byte).
     *
     * @throws InvalidApplicationException with the problem on the requirement's code
     */
    public UploadedFile normalise(ServiceDefinition service, UploadedFile file) {
        String problem = validator.partProblem(service, file).orElse(null);
        if (problem != null) {
            throw new InvalidApplicationException(file.requirementCode(), problem);
        }
        try {
            return normalised(file);
        } catch (ScanRefused refused) {
            throw new InvalidApplicationException(file.requirementCode(), refused.getMessage());
        }
    }

    /** @param submission every required scan must be there (a new application), else any subset (a correction) */
    Prepared prepare(ServiceDefinition service, List<UploadedFile> files, boolean submission) {
        List<FieldProblem> problems = new ArrayList<>(submission ? validator.validateSubmission(service, files)
                : validator.validateFiles(service, files));
        Set<String> refused = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        Map<String, List<UploadedFile>> byRequirement = new LinkedHashMap<>();
        files.stream().filter(f -> !refused.contains(f.requirementCode()) && !refused.contains("files"))
                .forEach(f -> byRequirement.computeIfAbsent(f.requirementCode(), code -> new ArrayList<>()).add(f));
        List<UploadedFile> stored = new ArrayList<>();
        byRequirement.forEach((code, parts) -> {
            try {
                stored.add(parts.size() == 1 ? normalised(parts.get(0)) : joined(code, parts));
            } catch (ScanRefused e) {
                problems.add(new FieldProblem(code, e.getMessage()));
            }
        });
        return new Prepared(stored, problems);
    }

    /**
     * Files that fulfil no requirement (a complaint's attachments): each checked by the same rules as a scan and
     * stored on its own, a photo normalised as a scan is; problems name the part the file came in.
     */
    public Prepared prepareEach(List<UploadedFile> files) {
        List<FieldProblem> problems = new ArrayList<>();
        List<UploadedFile> stored = new ArrayList<>();
        for (UploadedFile file : files) {
            String problem = validator.contentProblem(file).orElse(null);
            if (problem != null) {
                problems.add(new FieldProblem(file.requirementCode(), problem));
                continue;
            }
            try {
                stored.add(normalised(file));
            } catch (ScanRefused refused) {
                problems.add(new FieldProblem(file.requirementCode(), refused.getMessage()));
            }
        }
        return new Prepared(stored, problems);
    }

    private UploadedFile normalised(UploadedFile file) {
        if (FileType.detect(file.content()).orElse(null) == FileType.PDF) {
            return file;
        }
        byte[] jpeg = normaliser.normalise(file.content(), UploadValidator.MAX_BYTES);
        return new UploadedFile(file.requirementCode(), jpegName(file), jpeg);
    }

    private UploadedFile joined(String requirement, List<UploadedFile> photos) {
        List<byte[]> pages = new ArrayList<>();
        for (UploadedFile photo : photos) {
            pages.add(normalised(photo).content());
        }
        return new UploadedFile(requirement, requirement + ".pdf", photoPdf.of(pages, UploadValidator.MAX_BYTES));
    }

    private static String jpegName(UploadedFile file) {
        String name = file.originalName() == null ? "" : file.originalName().strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return (base.isBlank() ? file.requirementCode() : base) + ".jpg";
    }
}
