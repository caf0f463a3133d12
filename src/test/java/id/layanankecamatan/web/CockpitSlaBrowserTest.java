package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The camat logs in to Cockpit and sees, on its dashboard, what is late and what is at risk. */
class CockpitSlaBrowserTest extends IntegrationTest {

    static Browser browser;

    @Autowired
    ApplicationService applications;
    @Autowired
    TaskService tasks;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theDashboardShowsLateAndAtRiskApplicationsWithLinksToTheirInstances() {
        // late: verification was due at 09:00; at risk: 2.5 of its 3 office hours are gone at 10:00
        Task late = verificationTask("2037-06-01T07:30:00+07:00");
        tasks.setDueDate(late.getId(), wib("2037-06-01T09:00:00+07:00"));
        Task atRisk = verificationTask("2037-06-01T07:30:00+07:00");
        tasks.setDueDate(atRisk.getId(), wib("2037-06-01T10:30:00+07:00"));
        // the engine clock (and so the figures the page loads) stands at Monday 10:00 while the camat looks
        ClockUtil.setCurrentTime(wib("2037-06-01T10:00:00+07:00"));
        String lateNumber = businessKey(late);
        String atRiskNumber = businessKey(atRisk);
        // the receipt never reached the late applicant's phone: the WhatsApp API refused it until its maximum age
        jdbc.sql("""
                INSERT INTO outbox_message (channel, recipient, subject, body, status, attempts, next_attempt_at,
                    created_at, application_id, event, last_error)
                SELECT 'WHATSAPP', '6281234567890', 'layanan_diterima', '{}', 'FAILED', 9, ?, ?, id, 'received',
                       'HTTP 400'
                FROM application WHERE registration_number = ?""")
                .params(wib("2037-06-01T07:31:00+07:00"), wib("2037-06-01T07:31:00+07:00").toInstant()
                        .atOffset(java.time.ZoneOffset.ofHours(7)), lateNumber)
                .update();

        browser.driver.manage().deleteAllCookies();
        browser.logInToCamunda(baseUrl() + "/camunda/app/cockpit/default/", "camat");

        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sla-breached")));
        String breached = browser.driver.findElement(By.id("sla-breached")).getText();
        String risky = browser.driver.findElement(By.id("sla-at-risk")).getText();
        // the due time on the office's clock, named by the zone the API gives (WIB by default)
        assertThat(breached).contains(lateNumber, "Verifikasi berkas permohonan", "grup front-office", "09.00 WIB")
                .doesNotContain(atRiskNumber);
        assertThat(risky).contains(atRiskNumber, "83 %").doesNotContain(lateNumber);
        assertThat(Integer.parseInt(browser.driver.findElement(By.id("sla-breached-count")).getText()))
                .isGreaterThanOrEqualTo(1);
        assertThat(browser.driver.findElement(By.linkText(lateNumber)).getAttribute("href"))
                .endsWith("#/process-instance/" + late.getProcessInstanceId() + "/runtime");
        assertThat(browser.driver.findElement(By.id("sla-oldest")).getText()).contains("Verifikasi berkas permohonan");
        // and the messages that never reached their applicant, never dropped silently
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("sla-undelivered")));
        assertThat(browser.driver.findElement(By.id("sla-undelivered")).getText())
                .contains(lateNumber, "WhatsApp", "Permohonan diterima", "GAGAL dikirim").doesNotContain("6281234567890");
        assertThat(browser.driver.findElement(By.id("sla-complaints")).getText()).contains("Diterima", "Ditutup");
        browser.screenshot("cockpit-sla-dashboard");

        // the same view as a tab on the process definition, narrowed to that process
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("domisili").latestVersion().singleResult().getId();
        browser.driver.get(baseUrl() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.linkText("Standar pelayanan"))).click();
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#layanan-sla-process #sla-breached"), lateNumber));
        browser.screenshot("cockpit-sla-process-tab");
    }

    private Task verificationTask(String createdAt) {
        ClockUtil.setCurrentTime(wib(createdAt));
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        ClockUtil.reset();
        return tasks.createTaskQuery().processInstanceBusinessKey(receipt.registrationNumber())
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
    }

    private static Date wib(String time) {
        return Date.from(java.time.OffsetDateTime.parse(time).toInstant());
    }

    private String businessKey(Task task) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }
}
