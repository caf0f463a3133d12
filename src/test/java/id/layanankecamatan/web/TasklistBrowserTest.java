package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer's side in a real browser: Camunda Tasklist lists the verification task of a new application, and the
 * verification form of a service shows its own data (heirs as rows) ready to be corrected.
 */
class TasklistBrowserTest extends BrowserTest {

    @Autowired ApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;

    @Test
    void officerSeesTheVerificationTaskInHisGroupFilter() {
        Receipt receipt = applications.submit(new Submission("domisili", PortalBrowserTest.applicant(PortalBrowserTest.VALID_NIK), Samples.domisiliDetails(),
                List.of(new UploadedFile("ktp", "ktp.pdf", PortalBrowserTest.pdf()),
                        new UploadedFile("kk", "kk.png", PortalBrowserTest.png()),
                        new UploadedFile("pengantar_rt_rw", "p.pdf", PortalBrowserTest.pdf())),
                null, Submission.CHANNEL_ONLINE));
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.registrationNumber()).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(instanceId).executable().list()) {
            management.executeJob(job.getId());
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(receipt.registrationNumber())
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
        assertThat(task).isNotNull();

        logInAsPetugas();

        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tugas grup saya"))).click();
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Verifikasi berkas permohonan"));
        browser.screenshot("tasklist-petugas");

        // open this application's task: its Camunda Form shows the registration number
        String filterId = filters.createFilterQuery().filterName("Tugas grup saya").singleResult().getId();
        browser.driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                receipt.registrationNumber()));
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Keputusan verifikasi"));
        browser.screenshot("tasklist-verify-form");
    }

    @Test
    void officerCanCorrectTheHeirsInTheVerificationFormOfAhliWaris() {
        String number = applications.submit(new Submission("ahli-waris", Samples.applicant(), Samples.ahliWarisDetails(),
                Samples.ahliWarisScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
        tasks.claim(task.getId(), "petugas");

        logInAsPetugas();
        String filterId = filters.createFilterQuery().filterName("Tugas saya").singleResult().getId();
        browser.driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());

        // the heirs are rows of a dynamic list, filled from the application and open for correction
        WebElement heir = browser.waiting(30).until(d -> d.findElements(By.cssSelector(".fjs-form input")).stream()
                .filter(i -> "Rosmawati Nasution".equals(i.getDomProperty("value"))).findFirst().orElse(null));
        assertThat(heir.isEnabled()).isTrue();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Ahli waris", "Data layanan");
        browser.screenshot("tasklist-verify-ahli-waris");
    }

    @Test
    void citizenTextInTheFormIsPlainTextNotMarkdown() {
        // text a citizen chose reaches the officer's form: the purpose and the name of an uploaded file
        // (the upload keeps letters, digits, '.', '-', '_' and spaces: "[x](y)" arrives as "_x__y_")
        ApplicantData a = Samples.applicant();
        ApplicantData tricky = new ApplicantData(a.nik(), a.name(), a.address(), a.rt(), a.rw(), a.village(),
                "Terverifikasi, lanjut di www.evil-example.com/masuk", a.email(), a.phone());
        String number = applications.submit(new Submission("domisili", tricky, Samples.domisiliDetails(),
                List.of(new UploadedFile("ktp", "[Terverifikasi](http-evil).pdf", Samples.pdf("ktp")),
                        new UploadedFile("kk", "kk.pdf", Samples.pdf("kk")),
                        new UploadedFile("pengantar_rt_rw", "__Sudah dicek Dukcapil__.pdf", Samples.pdf("rt"))),
                null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();

        logInAsPetugas();
        String filterId = filters.createFilterQuery().filterName("Tugas grup saya").singleResult().getId();
        browser.driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                "Keputusan verifikasi"));
        browser.screenshot("tasklist-verify-plain-text");

        WebElement form = browser.driver.findElement(By.cssSelector(".fjs-form"));
        assertThat(form.findElements(By.cssSelector("a[href*='evil']"))).isEmpty();
        assertThat(form.findElements(By.xpath(".//strong[contains(., 'Dukcapil')]"))).isEmpty();
        assertThat(form.getText()).contains("Terverifikasi, lanjut di www.evil-example.com/masuk",
                "_Terverifikasi__http-evil_.pdf", "__Sudah dicek Dukcapil__.pdf");
        // the citizen's personal data is not in the form: a link opens it on our own page
        assertThat(form.getText()).doesNotContain(a.nik(), a.name());
        assertThat(form.findElement(By.partialLinkText("Buka data pemohon")).getDomAttribute("href"))
                .isEqualTo("/staff/applications/" + number);
    }

    /** Logs in unless an earlier test of this browser already did. */
    private void logInAsPetugas() {
        browser.driver.get(baseUrl() + "/camunda/app/tasklist/default/");
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()
                || !d.findElements(By.partialLinkText("Tugas grup saya")).isEmpty());
        if (browser.driver.findElements(By.partialLinkText("Tugas grup saya")).isEmpty()) {
            browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                    .sendKeys("petugas");
            browser.driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
        }
    }
}
