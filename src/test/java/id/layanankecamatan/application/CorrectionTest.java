package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.CameraPhoto;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A correction replaces what it names: a field sent empty is cleared, a field not sent stays as it was. */
class CorrectionTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    TaskService tasks;
    @Autowired
    id.layanankecamatan.calendar.WorkingCalendar calendar;
    @Autowired
    AttachmentRepository attachments;

    private Receipt receipt;
    private Http http;

    @BeforeEach
    void returnedForCorrection() {
        http = new Http(baseUrl());
        receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(), null,
                Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(receipt.registrationNumber())
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Alamat surel tidak aktif."));
        Jobs.runDue(processEngine, receipt.registrationNumber());
    }

    @Test
    void theCitizenIsRemindedTwoWorkingDaysBeforeTheDeadlineUnlessTheCorrectionCame() {
        Application returned = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        org.camunda.bpm.engine.runtime.Job reminder = reminders().get(0);
        // Domisili gives ten working days to correct, counted from the return: the reminder comes after eight
        java.time.OffsetDateTime returnedAt = returned.updatedAt();
        assertThat(calendar.addWorkingDays(returnedAt, 10).toInstant()).isEqualTo(returned.correctionDue().toInstant());
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(calendar.addWorkingDays(returnedAt, 10 - CorrectionWindow.REMINDER_WORKING_DAYS).toInstant());

        processEngine.getManagementService().executeJob(reminder.getId());
        Jobs.runDue(processEngine, receipt.registrationNumber());

        java.util.List<jakarta.mail.internet.MimeMessage> mails =
                id.layanankecamatan.support.Mails.about(receivedMails(), receipt.registrationNumber());
        assertThat(mails).extracting(id.layanankecamatan.support.Mails::subject)
                .anyMatch(subject -> subject.startsWith("Pengingat: perbaikan permohonan " + receipt.registrationNumber()));

        // the correction ends the wait, and with it every timer of the wait
        assertThat(correct("{\"email\": \"warga@example.com\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reminders()).isEmpty();
    }

    private java.util.List<org.camunda.bpm.engine.runtime.Job> reminders() {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.registrationNumber()).list().stream()
                .flatMap(i -> processEngine.getManagementService().createJobQuery().processInstanceId(i.getId())
                        .activityId(ProcessIds.TIMER_CORRECTION_REMINDER).list().stream())
                .toList();
    }

    @Test
    void anEmailAddressSentEmptyIsRemovedAndTheRestIsKept() {
        ResponseEntity<String> answer = correct("{\"email\": \"\"}");

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        ApplicantData stored = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow().applicant();
        assertThat(stored.email()).isNull();
        assertThat(stored.phone()).isEqualTo(Samples.applicant().phone());
        assertThat(stored.name()).isEqualTo(Samples.applicant().name());
    }

    @Test
    void clearingBothWaysToReachTheCitizenIsRefusedAndNothingChanges() {
        ResponseEntity<String> answer = correct("{\"email\": \"\", \"phone\": \"\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("Isi alamat surel atau nomor HP");
        Application stored = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        assertThat(stored.applicant()).isEqualTo(Samples.applicant());
        assertThat(stored.status()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void photosSentAsACorrectionAreStoredNormalisedAsOnePdf() throws Exception {
        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications/" + receipt.registrationNumber()
                + "/correction", new Http.Parts()
                .file("kk", "kk-depan.jpg", CameraPhoto.jpeg(2400, 1800, 6, 3 * 1024 * 1024))
                .file("kk", "kk-belakang.png", Samples.png()).build(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        Application stored = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        Attachment kk = attachments.current(stored.id()).stream().filter(a -> a.requirementCode().equals("kk"))
                .findFirst().orElseThrow();
        assertThat(kk.contentType()).isEqualTo("application/pdf");
        byte[] pdf = attachments.content(stored.id(), kk.id()).orElseThrow();
        assertThat(pdf.length).isLessThanOrEqualTo(2 * 1024 * 1024);
        assertThat(CameraPhoto.hasExifOrGps(pdf)).isFalse();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void aPhotoThatCannotBeReadIsRefusedAndNothingChanges() {
        Application before = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications/" + receipt.registrationNumber()
                + "/correction", new Http.Parts().json("data", "{\"phone\": \"081298765432\"}")
                .file("kk", "kk.jpg", Arrays.copyOf(Samples.jpeg(), 200)).build(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("Gambar tidak dapat dibaca");
        Application stored = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow();
        assertThat(stored.applicant()).isEqualTo(Samples.applicant());
        assertThat(stored.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(attachments.current(stored.id())).isEqualTo(attachments.current(before.id()));
    }

    private ResponseEntity<String> correct(String json) {
        return http.postMultipart("/api/v1/applications/" + receipt.registrationNumber() + "/correction",
                new Http.Parts().json("data", json).build(), h -> h.set("X-Tracking-Code", receipt.trackingCode()));
    }
}
