package id.layanankecamatan.complaint;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.application.MultipartUploads;
import id.layanankecamatan.application.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The complaint form of the portal and of the staff page (template complaint-form.html): the inputs are named like
 * the API's fields, the files come in the input "lampiran". What was typed is shown again after an error (files
 * must be chosen again).
 */
final class ComplaintForm {

    static final String FILES = "lampiran";
    static final List<String> FIELDS = List.of("type", "channel", "text", "registrationNumber", "name", "phone",
            "email", "confidential", "laporReference");

    private ComplaintForm() {
    }

    /** What a browser sends; a ticked box is "true". */
    static ComplaintSubmission submission(MultipartHttpServletRequest request, String channel, String enteredBy) {
        List<UploadedFile> files = MultipartUploads.files(request, true).stream()
                .filter(file -> FILES.equals(file.requirementCode())).toList();
        return new ComplaintSubmission(request.getParameter("type"), channel, request.getParameter("text"),
                request.getParameter("registrationNumber"), request.getParameter("name"), request.getParameter("phone"),
                request.getParameter("email"), "true".equals(request.getParameter("confidential")),
                request.getParameter("laporReference"), files, enteredBy);
    }

    static Map<String, String> entered(MultipartHttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, request.getParameter(field)));
        return values;
    }

    /** Messages by input: a file's problem (named by its part, or "files") is shown at the file input. */
    static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = FIELDS.contains(problem.field()) ? problem.field() : FILES;
            errors.merge(field, problem.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** The form's model: what was typed, the errors, the words to choose from, where it is sent. */
    static void fill(Model model, Map<String, String> entered, Map<String, String> errors, boolean staff,
                     String action) {
        Map<String, String> values = new LinkedHashMap<>(entered);
        values.putIfAbsent("type", ComplaintType.PENGADUAN.name());
        model.addAttribute("form", new Values(values));
        model.addAttribute("errors", errors);
        model.addAttribute("staff", staff);
        model.addAttribute("formAction", action);
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("channels", java.util.Arrays.stream(ComplaintChannel.values())
                .filter(ComplaintChannel::enteredByStaff).toList());
        model.addAttribute("maxAttachments", ComplaintChecks.MAX_ATTACHMENTS);
        model.addAttribute("textMax", ComplaintChecks.TEXT_MAX);
    }

    /**
     * What the form shows, as properties: the shared input fragment reads {@code form[code]}, which SpEL resolves as
     * a property of a bean but as the literal key "code" of a map.
     */
    public static final class Values {
        private final Map<String, String> values;

        Values(Map<String, String> values) {
            this.values = values;
        }

        public String getType() {
            return values.get("type");
        }

        public String getChannel() {
            return values.get("channel");
        }

        public String getText() {
            return values.get("text");
        }

        public String getRegistrationNumber() {
            return values.get("registrationNumber");
        }

        public String getName() {
            return values.get("name");
        }

        public String getPhone() {
            return values.get("phone");
        }

        public String getEmail() {
            return values.get("email");
        }

        public String getConfidential() {
            return values.get("confidential");
        }

        public String getLaporReference() {
            return values.get("laporReference");
        }
    }
}
