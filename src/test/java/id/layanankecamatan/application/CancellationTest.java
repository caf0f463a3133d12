package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The citizen may withdraw an application at any time before it is signed. */
class CancellationTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationService applications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    private Http http;
    private Receipt receipt;

    @BeforeEach
    void submitted() {
        http = new Http(baseUrl());
        receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(), null,
                Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, number());
    }

    @Test
    void cancellingWhileWaitingForCorrectionEndsTheProcessAndTheSharedStep() throws Exception {
        tasks.complete(task(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE,
                "KK tidak terbaca."));
        Jobs.runDue(processEngine, number());
        java.util.List<String> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number()).list()
                .stream().map(i -> i.getId()).toList();
        assertThat(running).hasSize(2);
        // the correction deadline, its reminder, and the watch on the completion time promised to the citizen
        assertThat(management.createJobQuery().processInstanceId(running.get(0)).count()
                + management.createJobQuery().processInstanceId(running.get(1)).count()).isEqualTo(3);

        ResponseEntity<String> answer = cancel();

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = JSON.readTree(answer.getBody());
        assertThat(view.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Dibatalkan oleh pemohon");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number()).count()).isZero();
        HistoricProcessInstance service = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number()).processDefinitionKey("domisili").singleResult();
        assertThat(service.getDeleteReason()).isEqualTo("Dibatalkan oleh pemohon");
        // the correction deadline timer went with the shared step
        assertThat(running).allSatisfy(id -> assertThat(management.createJobQuery().processInstanceId(id).count()).isZero());
    }

    @Test
    void aSecondCancellationIsRefused() throws Exception {
        assertThat(cancel().getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> again = cancel();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(again.getBody()).get("detail").asText())
                .isEqualTo("Permohonan ini tidak dapat dibatalkan lagi (status: Dibatalkan oleh pemohon).");
    }

    @Test
    void aSignedLetterCannotBeCancelled() throws Exception {
        tasks.complete(task(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, number());
        tasks.complete(task(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Jobs.runDue(processEngine, number());

        ResponseEntity<String> answer = cancel();

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(answer.getBody()).get("detail").asText())
                .isEqualTo("Permohonan ini tidak dapat dibatalkan lagi (status: Selesai: surat telah terbit).");
        JsonNode view = JSON.readTree(http.get("/api/v1/applications/" + number(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getBody());
        assertThat(view.get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void onlyTheHolderOfTheTrackingCodeMayCancel() {
        ResponseEntity<String> answer = http.postJson("/api/v1/applications/" + number() + "/cancellation", "{}",
                h -> h.set("X-Tracking-Code", "AAAAAAAAAA"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number()).count()).isPositive();
    }

    private ResponseEntity<String> cancel() {
        return http.postJson("/api/v1/applications/" + number() + "/cancellation", "{}",
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));
    }

    private String number() {
        return receipt.registrationNumber();
    }

    private String task() {
        return tasks.createTaskQuery().processInstanceBusinessKey(number()).singleResult().getId();
    }
}
