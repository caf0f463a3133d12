package id.layanankecamatan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceDefinition;
import jakarta.servlet.http.HttpServletRequest;
import id.layanankecamatan.application.MultipartUploads;
import id.layanankecamatan.application.StagedScans;
import id.layanankecamatan.application.UploadedFile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Helpers shared by the portal's multipart forms. */
final class PortalForms {

    private PortalForms() {
    }

    /** The chosen files; inputs left empty (the browser still sends a nameless, empty part) are dropped. */
    static List<UploadedFile> chosenFiles(MultipartHttpServletRequest request) {
        return MultipartUploads.files(request, true);
    }

    /** The hidden field naming the staged scans of one requirement, in page order ("staged.ktp" = "id1,id2"). */
    static final String STAGED_PREFIX = "staged.";

    /** The staged scans the form names, by requirement; unknown requirements are left for the validator. */
    static Map<String, List<String>> stagedIds(ServiceDefinition service, HttpServletRequest request) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (ServiceDefinition.Requirement requirement : service.fileRequirements()) {
            String given = request.getParameter(STAGED_PREFIX + requirement.code());
            if (given == null || given.isBlank()) {
                continue;
            }
            List<String> list = Arrays.stream(given.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .limit(StagedScans.MAX_PER_FORM).toList();
            ids.put(requirement.code(), list);
        }
        return ids;
    }

    /** Blank rows a form offers for a list field (e.g. heirs) when the catalogue sets no maximum. */
    static final int DEFAULT_ROWS = 5;

    /** The service-specific fields as entered: scalars by code, lists from inputs named {@code code[i].column}. */
    static ObjectNode details(ServiceDefinition service, HttpServletRequest request) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (FieldDefinition field : service.fields()) {
            if (field.type() != FieldDefinition.Type.ROWS) {
                details.put(field.code(), request.getParameter(field.code()));
                continue;
            }
            ArrayNode rows = details.putArray(field.code());
            for (int i = 0; i < rowCount(field); i++) {
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                boolean filled = false;
                for (FieldDefinition column : field.columns()) {
                    String value = request.getParameter("%s[%d].%s".formatted(field.code(), i, column.code()));
                    row.put(column.code(), value);
                    filled |= value != null && !value.isBlank();
                }
                if (filled) {
                    rows.add(row);
                }
            }
        }
        return details;
    }

    static int rowCount(FieldDefinition field) {
        return field.maxRows() == null ? DEFAULT_ROWS : Math.min(field.maxRows(), 20);
    }

    /** What the citizen typed, by input name, to fill the form again after an error. */
    static Map<String, String> entered(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        return values;
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
