package id.layanankecamatan.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ties a form field to its hint and its error for screen readers (aria-describedby, aria-invalid), and names the
 * input an error is about so that the error summary can link to it. A field is named as the server names its
 * problems ("nik", "heirs[0].nik"); its input's id is the name with brackets and dots made underscores
 * ("heirs_0_nik"), its hint and error are that id with "-hint" and "-error". Used in templates as @fieldAria.
 */
@Component("fieldAria")
public class FieldAria {

    /** The id of the input a field name stands for: heirs[0].nik is heirs_0_nik. */
    public String inputId(String field) {
        return field.replace("].", "_").replace('[', '_').replace("]", "");
    }

    /** "true" when the field has an error, otherwise nothing (the attribute is left out). */
    public String invalid(String field, Map<String, String> errors) {
        return errors.containsKey(field) ? "true" : null;
    }

    /** The ids of the field's hint (when it has one) and of its error (when it has one), or nothing. */
    public String describedBy(String field, boolean hint, Map<String, String> errors) {
        String id = inputId(field);
        String ids = (hint ? id + "-hint " : "") + (errors.containsKey(field) ? id + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
