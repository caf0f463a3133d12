package id.layanankecamatan.workflow;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The officer corrects service-specific data (the heirs of a Surat Keterangan Ahli Waris) in the verification
 * form, through the engine REST calls Tasklist makes: the form shows the stored rows, an invalid row is refused
 * with the portal's rules and changes nothing, a valid correction is stored and shown on the timeline.
 */
class StaffCorrectsServiceDataTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    TaskService tasks;

    private Http http;
    private String number;
    private String taskId;

    @BeforeEach
    void anAhliWarisApplicationAwaitsVerification() {
        http = new Http(baseUrl());
        number = applications.submit(new Submission("ahli-waris", Samples.applicant(), Samples.ahliWarisDetails(),
                Samples.ahliWarisScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        taskId = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId();
        assertThat(asPetugas("/claim", "{\"userId\":\"petugas\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theVerificationFormOfTheServiceShowsItsFieldsFilledFromTheApplication() throws Exception {
        JsonNode form = JSON.readTree(http.get("/engine-rest/task/" + taskId + "/deployed-form", this::petugas).getBody());
        assertThat(form.get("id").asText()).isEqualTo("verify-ahli-waris");
        assertThat(form.get("components").findValuesAsText("path")).contains("heirs", "witnesses");

        // as Tasklist asks for them: lists stay JSON text, which the form parses into its dynamic list
        JsonNode variables = JSON.readTree(http.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false",
                this::petugas).getBody());
        assertThat(variables.at("/heirs/type").asText()).isEqualTo("Json");
        assertThat(JSON.readTree(variables.at("/heirs/value").asText())).isEqualTo(Samples.ahliWarisDetails().get("heirs"));
        assertThat(variables.at("/deceasedName/value").asText()).isEqualTo("Ahmad Lubis");
    }

    @Test
    void anInvalidRowIsRefusedWithThePortalsRulesAndNothingChanges() throws Exception {
        Application before = stored();
        ArrayNode heirs = (ArrayNode) Samples.ahliWarisDetails().get("heirs");
        ((ObjectNode) heirs.get(1)).put("nik", "12770312");

        ResponseEntity<String> answer = submitForm(heirs);

        assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(JSON.readTree(answer.getBody()).get("message").asText())
                .contains("Data layanan belum benar", "Ahli waris baris 2: NIK harus terdiri dari 16 angka.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        Application after = stored();
        assertThat(after.details()).isEqualTo(before.details());
        assertThat(after.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(repository.events(after.id())).isEqualTo(repository.events(before.id()));
    }

    @Test
    void aValidCorrectionIsStoredAndShownOnTheTimeline() throws Exception {
        ArrayNode heirs = (ArrayNode) Samples.ahliWarisDetails().get("heirs");
        ((ObjectNode) heirs.get(0)).put("name", "Rosmawaty Nasution");
        heirs.addObject().put("name", "Siti Lubis").put("nik", "1277034101000006").put("relationship", "anak");

        ResponseEntity<String> answer = submitForm(heirs);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Application after = stored();
        assertThat((JsonNode) JSON.valueToTree(after.details().get("heirs"))).isEqualTo(heirs);
        assertThat(after.details().get("deceasedName")).isEqualTo("Ahmad Lubis");
        List<ApplicationEvent> events = repository.events(after.id());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.note()).isEqualTo("Data layanan diperbaiki oleh petugas: Ahli waris.");
            assertThat(e.actor()).isEqualTo("petugas");
        });
        assertThat(after.status()).isEqualTo(ApplicationStatus.VERIFIED);
        // the verified application moves on: its draft waits for the first paraf
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
                .isEqualTo(ProcessIds.TASK_PARAF);
    }

    /** What Tasklist sends for this form: every field, lists as Json, and the decision. */
    private ResponseEntity<String> submitForm(ArrayNode heirs) throws Exception {
        ObjectNode details = Samples.ahliWarisDetails();
        ObjectNode variables = JSON.createObjectNode();
        for (String scalar : List.of("deceasedName", "deceasedNik", "dateOfDeath")) {
            variables.putObject(scalar).put("value", details.get(scalar).asText());
        }
        variables.putObject("heirs").put("type", "Json").put("value", heirs.toString());
        variables.putObject("witnesses").put("type", "Json").put("value", details.get("witnesses").toString());
        variables.putObject(ProcessIds.VAR_DECISION).put("value", StaffDecision.ACCEPT);
        return asPetugas("/submit-form", JSON.writeValueAsString(Map.of("variables", variables)));
    }

    private ResponseEntity<String> asPetugas(String action, String body) {
        return http.postJson("/engine-rest/task/" + taskId + action, body, this::petugas);
    }

    private void petugas(org.springframework.http.HttpHeaders headers) {
        headers.set("Authorization", basic("petugas", "demo"));
    }

    private Application stored() {
        return repository.findByRegistrationNumber(number).orElseThrow();
    }
}
