package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10: where our tables and the engine could disagree for a moment. A citizen acts the instant the status
 * allows it, while the office and the asynchronous steps act on the same application: every request gets a
 * clear answer (never 500), and afterwards our record and the engine tell the same story.
 */
class StateRaceTest extends IntegrationTest {

    private static final String TRACKING = "X-Tracking-Code";

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    TaskService tasks;

    @Test
    void fiftyCitizensCorrectingTheMomentTheirApplicationIsReturnedUnderLoadAreAllServed() throws Exception {
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            receipts.add(submitted());
        }
        Http http = new Http(baseUrl());
        ExecutorService citizens = Executors.newFixedThreadPool(16);
        AtomicBoolean busy = new AtomicBoolean(true);
        // the asynchronous steps keep running meanwhile, as the job executor would under load
        Thread jobRunner = jobRunner(receipts, busy);
        jobRunner.start();
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (Receipt receipt : receipts) {
                answers.add(citizens.submit(() -> {
                    returnForCorrection(receipt.registrationNumber());
                    return http.postMultipart("/api/v1/applications/" + receipt.registrationNumber() + "/correction",
                            new Http.Parts().file("kk", "kk-baru.pdf", Samples.pdf("kk baru")).build(),
                            h -> h.set(TRACKING, receipt.trackingCode()));
                }));
            }
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> corrected = answer.get(2, TimeUnit.MINUTES);
                assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            busy.set(false);
            jobRunner.join();
            citizens.shutdownNow();
        }

        for (Receipt receipt : receipts) {
            String number = receipt.registrationNumber();
            Jobs.runDue(processEngine, number);
            assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                    .isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(ProcessIds.TASK_VERIFY).count()).as(number).isEqualTo(1);
            // the request for correction went out at most once: not at all when the correction came first
            assertThat(mailsTo(number).stream().filter(m -> Mails.subject(m).contains("perlu diperbaiki")).count())
                    .as(number).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aCorrectionSentTwiceAtOnceIsStoredOnceAndTheOtherIsToldWhy() throws Exception {
        Http http = new Http(baseUrl());
        for (int round = 0; round < 5; round++) {
            Receipt receipt = submitted();
            String number = receipt.registrationNumber();
            returnForCorrection(number);
            Callable<ResponseEntity<String>> correction = () -> http.postMultipart(
                    "/api/v1/applications/" + number + "/correction",
                    new Http.Parts().file("kk", "kk-baru.pdf", Samples.pdf("kk baru")).build(),
                    h -> h.set(TRACKING, receipt.trackingCode()));

            List<ResponseEntity<String>> answers = atOnce(List.of(correction, correction));

            assertThat(answers).extracting(ResponseEntity::getStatusCode)
                    .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
            ResponseEntity<String> refused = answers.stream()
                    .filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody()).contains("tidak sedang menunggu perbaikan");
            Application after = repository.findByRegistrationNumber(number).orElseThrow();
            assertThat(repository.events(after.id()).stream()
                    .filter(e -> e.note() != null && e.note().startsWith("Perbaikan dikirim")).count()).isEqualTo(1);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(ProcessIds.TASK_VERIFY).count()).isEqualTo(1);
        }
    }

    @Test
    void aWithdrawalAtTheMomentTheOfficerDecidesLeavesOneStory() throws Exception {
        Http http = new Http(baseUrl());
        for (int round = 0; round < 10; round++) {
            Receipt receipt = submitted();
            String number = receipt.registrationNumber();
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId();
            Callable<ResponseEntity<String>> withdraw = () -> http.postJson(
                    "/api/v1/applications/" + number + "/cancellation", "{}", h -> h.set(TRACKING, receipt.trackingCode()));
            Callable<ResponseEntity<String>> accept = () -> http.postJson("/engine-rest/task/" + taskId + "/complete",
                    TaskCompletion.json(StaffDecision.ACCEPT),
                    h -> h.set("Authorization", Http.basic("petugas", "demo")));

            List<ResponseEntity<String>> answers = atOnce(List.of(withdraw, accept));

            ResponseEntity<String> withdrawal = answers.get(0);
            assertThat(withdrawal.getStatusCode()).as(withdrawal.getBody()).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
            assertThat(withdrawal.getBody()).doesNotContain("Exception");
            boolean running = processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(number).count() > 0;
            ApplicationStatus status = repository.findByRegistrationNumber(number).orElseThrow().status();
            // both orders are fine; what may never happen is a cancelled record with a running process or the reverse
            if (status == ApplicationStatus.CANCELLED) {
                assertThat(running).as(number + " cancelled but still running").isFalse();
                assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.OK);
            } else {
                assertThat(running).as(number + " " + status + " but not running").isTrue();
                assertThat(status).isEqualTo(ApplicationStatus.VERIFIED);
                assertThat(answers.get(1).getStatusCode().is2xxSuccessful()).isTrue();
            }
        }
    }

    private Receipt submitted() {
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        return receipt;
    }

    private void returnForCorrection(String number) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                        .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Pindaian KK terpotong."));
    }

    /** Runs the calls together, released by one latch, and returns their answers in order. */
    private static List<ResponseEntity<String>> atOnce(List<Callable<ResponseEntity<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (Callable<ResponseEntity<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                answers.add(future.get(1, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Executes the due asynchronous steps of these applications in a loop, as the job executor does; a step that
     * collides with a citizen's request fails with the engine's optimistic locking and is simply tried again.
     */
    private Thread jobRunner(List<Receipt> receipts, AtomicBoolean busy) {
        return new Thread(() -> {
            while (busy.get()) {
                for (Receipt receipt : receipts) {
                    for (Job job : dueJobs(receipt.registrationNumber())) {
                        try {
                            processEngine.getManagementService().executeJob(job.getId());
                        } catch (RuntimeException collided) {
                            // tried again on the next pass
                        }
                    }
                }
                sleep(Duration.ofMillis(5));
            }
        }, "job-runner");
    }

    private List<Job> dueJobs(String number) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .list().stream()
                .flatMap(i -> processEngine.getManagementService().createJobQuery().processInstanceId(i.getId())
                        .messages().executable().list().stream())
                .toList();
    }

    private List<MimeMessage> mailsTo(String number) {
        return Mails.about(receivedMails(), number);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
