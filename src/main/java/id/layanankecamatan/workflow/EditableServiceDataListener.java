package id.layanankecamatan.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.application.InvalidApplicationException;
import id.layanankecamatan.application.StaffDetailsCorrection;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task listener on the verification task: lets the officer correct the service-specific data in the service's own
 * Camunda Form. On create it copies the stored fields into task-local variables (rows as JSON, which Tasklist
 * shows in a dynamic list); on complete it hands what the form submitted to {@link StaffDetailsCorrection}, whose
 * validation is the portal's. Invalid data stops the completion with the problems in Indonesian; the task stays
 * open and nothing is written.
 * <p>
 * These values are personal data (heirs', bride's and groom's NIKs): they live in the engine only while the task is
 * open, never reach its history ({@code PersonalDataHistoryFilter} drops their history events), and once stored in
 * our tables they are removed from the task and from any scope the form may have written them to.
 */
@Component("editableServiceData")
public class EditableServiceDataListener implements TaskListener {

    private static final Pattern ROW_PATH = Pattern.compile("([^\\[]+)\\[(\\d+)]\\..+");

    private final ApplicationRepository applications;
    private final ServiceCatalog catalog;
    private final StaffDetailsCorrection correction;
    private final ObjectMapper json;

    public EditableServiceDataListener(ApplicationRepository applications, ServiceCatalog catalog,
                                       StaffDetailsCorrection correction, ObjectMapper json) {
        this.applications = applications;
        this.catalog = catalog;
        this.correction = correction;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        String registrationNumber = task.getExecution().getProcessBusinessKey();
        Application application = applications.findByRegistrationNumber(registrationNumber)
                .orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        List<FieldDefinition> fields = catalog.get(application.serviceCode()).fields();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            fields.forEach(field -> show(task, field, application.details().get(field.code())));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && !fields.isEmpty()) {
            try {
                correction.correct(application.registrationNumber(), submitted(task, fields), StaffActor.of(task));
                List<String> codes = fields.stream().map(FieldDefinition::code).toList();
                task.removeVariablesLocal(codes);
                task.getExecution().removeVariables(codes);
            } catch (InvalidApplicationException e) {
                throw new BadUserRequestException("Data layanan belum benar, perbaiki lalu kirim lagi. "
                        + describe(e.problems(), fields));
            }
        }
    }

    private void show(DelegateTask task, FieldDefinition field, Object value) {
        if (field.type() == FieldDefinition.Type.ROWS) {
            task.setVariableLocal(field.code(), SpinValues.jsonValue(toJson(value == null ? List.of() : value)).create());
        } else {
            task.setVariableLocal(field.code(), value);
        }
    }

    /** The task-local copies as the form left them: Tasklist's submit-form writes into them. */
    private JsonNode submitted(DelegateTask task, List<FieldDefinition> fields) {
        ObjectNode data = json.createObjectNode();
        for (FieldDefinition field : fields) {
            Object value = task.getVariableLocal(field.code());
            data.set(field.code(), value instanceof SpinJsonNode spin ? parse(spin.toString()) : json.valueToTree(value));
        }
        return data;
    }

    /** "Ahli waris baris 2: NIK harus terdiri dari 16 angka." — rows counted from 1 as the officer sees them. */
    static String describe(List<FieldProblem> problems, List<FieldDefinition> fields) {
        Map<String, String> labels = fields.stream().collect(Collectors.toMap(FieldDefinition::code, FieldDefinition::label));
        return problems.stream().map(p -> {
            Matcher row = ROW_PATH.matcher(p.field());
            return row.matches()
                    ? "%s baris %d: %s".formatted(labels.get(row.group(1)), Integer.parseInt(row.group(2)) + 1, p.message())
                    : p.message();
        }).collect(Collectors.joining(" "));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new BadUserRequestException("Data layanan tidak terbaca.");
        }
    }
}
