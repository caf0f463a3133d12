package id.layanankecamatan.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a service's verification form (forms/verify-*.form) from the shared skeleton and the service's catalogue
 * fields, so that each field is typed once, in catalog.yaml. The skeleton (forms/shared/verify-skeleton.json) holds
 * everything every verification form shows; a service with fields gets an input per field right after the
 * skeleton's "Data layanan" heading, a service without fields loses that heading and shows the checklist meant for
 * it. The forms stay files because the engine deploys them as they are and analysts open them in the Modeler;
 * VerifyFormsTest holds them to what this class writes.
 */
public final class VerifyFormGenerator {

    public static final Path SKELETON = Path.of("forms/shared/verify-skeleton.json");
    static final String SERVICE_DATA_HEADING = "text_service_data";
    static final String CHECKLIST = "text_checklist";
    static final String CHECKLIST_WITHOUT_SERVICE_DATA = "text_checklist_without_service_data";
    private static final String NIK_PATTERN = "^[0-9]{16}$";

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode skeleton;

    public VerifyFormGenerator() throws IOException {
        this.skeleton = (ObjectNode) json.readTree(SKELETON.toFile());
    }

    /** The file that holds a service's verification form: forms/{form id}.form. */
    public static Path fileOf(String formId) {
        return Path.of("forms", formId + ".form");
    }

    public ObjectNode form(String formId, ServiceDefinition service) {
        ObjectNode form = skeleton.deepCopy();
        form.put("id", formId);
        ArrayNode components = json.createArrayNode();
        boolean withFields = !service.fields().isEmpty();
        for (JsonNode component : skeleton.path("components")) {
            String id = component.path("id").asText();
            if (withFields && !id.equals(CHECKLIST_WITHOUT_SERVICE_DATA)) {
                components.add(component);
                if (id.equals(SERVICE_DATA_HEADING)) {
                    service.fields().forEach(field -> components.add(input(field, "field_" + field.code())));
                }
            } else if (!withFields && !id.equals(CHECKLIST) && !id.equals(SERVICE_DATA_HEADING)) {
                components.add(id.equals(CHECKLIST_WITHOUT_SERVICE_DATA)
                        ? ((ObjectNode) component.deepCopy()).put("id", CHECKLIST) : component);
            }
        }
        form.set("components", components);
        return form;
    }

    /** The form's text as the Camunda Modeler writes it (two-space indent, "key": value, a final newline). */
    public void write(ObjectNode form, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        Files.writeString(file, json.writer(printer).writeValueAsString(form) + "\n", StandardCharsets.UTF_8);
    }

    /** One input, typed as the existing forms type it; the ids (field_{code}, list_{code}) are what tests refer to. */
    private ObjectNode input(FieldDefinition field, String id) {
        ObjectNode input = json.createObjectNode();
        switch (field.type()) {
            case TEXT, NIK -> input.put("type", "textfield");
            case TEXTAREA -> input.put("type", "textarea");
            case SELECT -> input.put("type", "select");
            case NUMBER -> input.put("type", "number");
            case DATE -> input.put("type", "datetime");
            case ROWS -> {
                return rows(field);
            }
        }
        input.put("id", id).put("key", field.code());
        if (field.type() == FieldDefinition.Type.DATE) {
            input.put("subtype", "date").put("dateLabel", field.label());
        } else {
            input.put("label", field.label());
        }
        if (field.help() != null) {
            input.put("description", field.help());
        }
        if (field.type() == FieldDefinition.Type.SELECT) {
            ArrayNode values = input.putArray("values");
            field.options().forEach(option -> values.addObject().put("label", option).put("value", option));
        }
        if (field.type() == FieldDefinition.Type.NUMBER) {
            input.put("decimalDigits", 0);
        }
        ObjectNode validate = validation(field);
        if (!validate.isEmpty()) {
            input.set("validate", validate);
        }
        return input;
    }

    private ObjectNode validation(FieldDefinition field) {
        ObjectNode validate = json.createObjectNode();
        if (field.required()) {
            validate.put("required", true);
        }
        switch (field.type()) {
            case TEXT, TEXTAREA -> validate.put("maxLength", field.maxLengthOrDefault());
            case NIK -> validate.put("minLength", 16).put("maxLength", 16).put("pattern", NIK_PATTERN);
            case NUMBER -> validate.put("min", 0);
            default -> {
            }
        }
        return validate;
    }

    /** A list of rows: a dynamic list whose path is the field's code, with an input per column. */
    private ObjectNode rows(FieldDefinition field) {
        ObjectNode list = json.createObjectNode().put("type", "dynamiclist").put("id", "list_" + field.code())
                .put("label", field.label()).put("path", field.code()).put("isRepeating", true)
                .put("allowAddRemove", true).put("defaultRepetitions", field.minRows() == null ? 1 : field.minRows())
                .put("showOutline", true);
        ArrayNode columns = list.putArray("components");
        field.columns().forEach(column -> columns.add(input(column, "field_" + field.code() + "_" + column.code())));
        return list;
    }
}
