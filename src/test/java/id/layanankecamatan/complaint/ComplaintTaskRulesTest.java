package id.layanankecamatan.complaint;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who may do what with a complaint's tasks through the engine REST API and Tasklist's filters: the complaint
 * officers claim and complete them with their form's variables only; the camat sees every complaint task; the
 * front office sees none.
 */
class ComplaintTaskRulesTest extends IntegrationTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;

    @Autowired
    ApplicationContext context;

    ReceivedComplaints complaints;

    @BeforeEach
    void intake() {
        complaints = ReceivedComplaints.from(context);
    }

    @AfterEach
    void logout() {
        identity.clearAuthentication();
    }

    @Test
    void aComplaintOfficerCompletesWithTheFormsVariablesOnly() {
        String number = complaints.receive(false);
        Task verify = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        Http http = new Http(baseUrl());
        String task = "/engine-rest/task/" + verify.getId();

        // the front office may not take a complaint's task
        assertThat(http.postJson(task + "/claim", "{\"userId\":\"petugas\"}", as("petugas")).getStatusCode()
                .is4xxClientError()).isTrue();
        assertThat(http.postJson(task + "/claim", "{\"userId\":\"pengaduan\"}", as("pengaduan")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> extra = http.postJson(task + "/submit-form", "{\"variables\":{"
                + "\"complaintDecision\":{\"value\":\"accept\"},\"complaintClass\":{\"value\":\"RINGAN\"},"
                + "\"complaintType\":{\"value\":\"SARAN\"}}}", as("pengaduan"));
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).contains("tidak termasuk formulir tugas ini", "complaintType");

        ResponseEntity<String> done = http.postJson(task + "/submit-form", "{\"variables\":{"
                + "\"complaintDecision\":{\"value\":\"accept\"},\"complaintClass\":{\"value\":\"RINGAN\"}}}",
                as("pengaduan"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complaints.row(number)).containsEntry("status", "DITINDAKLANJUTI")
                .containsEntry("complaint_class", "RINGAN");
    }

    @Test
    void theFilterPengaduanShowsComplaintTasksToTheirOfficersAndTheCamatOnly() {
        String number = complaints.receive(false);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        String filter = filters.createFilterQuery().filterName("Pengaduan").singleResult().getId();

        assertThat(listedBy(filter, "pengaduan", StaffGroups.COMPLAINTS)).contains(instance);
        assertThat(listedBy(filter, "camat", StaffGroups.CAMAT)).contains(instance);
        assertThat(listedBy(filter, "petugas", StaffGroups.FRONT_OFFICE)).doesNotContain(instance);
        // the camat reads it through the engine REST API as well
        assertThat(new Http(baseUrl()).get("/engine-rest/task?processInstanceBusinessKey=" + number, as("camat"))
                .getBody()).contains("Verifikasi pengaduan");
    }

    /** The process instances of the tasks the filter lists to the user. */
    private List<String> listedBy(String filter, String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return filters.<Task>list(filter).stream().map(Task::getProcessInstanceId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Consumer<HttpHeaders> as(String user) {
        return h -> h.set("Authorization", basic(user, "demo"));
    }
}
