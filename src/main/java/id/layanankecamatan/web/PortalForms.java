package id.layanankecamatan.web;

import id.layanankecamatan.application.FieldProblem;
import id.layanankecamatan.application.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Helpers shared by the portal's multipart forms. */
final class PortalForms {

    private PortalForms() {
    }

    /** The chosen files; inputs left empty (the browser still sends a nameless, empty part) are dropped. */
    static List<UploadedFile> chosenFiles(MultipartHttpServletRequest request) {
        List<UploadedFile> files = new ArrayList<>();
        request.getMultiFileMap().forEach((name, parts) -> {
            for (MultipartFile part : parts) {
                String fileName = part.getOriginalFilename();
                if (part.isEmpty() && (fileName == null || fileName.isBlank())) {
                    continue;
                }
                try {
                    files.add(new UploadedFile(name, fileName, part.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return files;
    }

    /** Messages by field, for showing next to the inputs (several for one field are joined). */
    static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
