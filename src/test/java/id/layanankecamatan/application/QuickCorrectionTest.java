package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, first finding: a citizen who corrects as soon as the status says "returned" — before the notification
 * job has run — is served; the wait for the correction begins in the officer's own transaction.
 */
class QuickCorrectionTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    ApplicationRepository repository;

    @Autowired
    TaskService tasks;

    @Test
    void aCorrectionRightAfterTheReturnIsAcceptedAndTheLateNoticeDoesNotAskForItAgain() throws Exception {
        Receipt receipt = returnedApplication();
        String number = receipt.registrationNumber();
        assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RETURNED);
        int mailsBefore = receivedMails().length;

        // no job has run yet: the notification is still pending
        ResponseEntity<String> corrected = new Http(baseUrl()).postMultipart(
                "/api/v1/applications/" + number + "/correction",
                new Http.Parts().file("kk", "kk-baru.pdf", Samples.pdf("kk baru")).build(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));

        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).count()).isEqualTo(1);

        // the notice of the return, still pending, no longer asks for a correction that has already arrived
        Jobs.runDue(processEngine, number);
        assertThat(java.util.Arrays.stream(receivedMails()).skip(mailsBefore).filter(m -> Mails.subject(m).contains(number)))
                .noneMatch(m -> Mails.subject(m).contains("perlu diperbaiki"));
    }

    @Test
    void anUnexpectedErrorIsAnsweredInIndonesianAndChangesNothing() throws Exception {
        Receipt receipt = returnedApplication();
        String number = receipt.registrationNumber();
        // the engine no longer has the application (e.g. ended by an administrator in Cockpit): tables and engine disagree
        processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .rootProcessInstances().list()
                .forEach(i -> processEngine.getRuntimeService().deleteProcessInstance(i.getId(), "test"));

        ResponseEntity<String> answer = new Http(baseUrl()).postMultipart(
                "/api/v1/applications/" + number + "/correction",
                new Http.Parts().file("kk", "kk-baru.pdf", Samples.pdf("kk baru")).build(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("tidak mengubah apa pun").doesNotContain("Exception", "trace", "at id.");
        Application after = repository.findByRegistrationNumber(number).orElseThrow();
        assertThat(after.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(repository.events(after.id())).noneMatch(e -> e.note() != null && e.note().contains("Perbaikan dikirim"));
    }

    /** An application the officer has just returned; no job has run since. */
    private Receipt returnedApplication() {
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(receipt.registrationNumber())
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Pindaian KK terpotong."));
        return receipt;
    }
}
