package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.complaint.ComplaintClass;
import id.layanankecamatan.complaint.ComplaintIds;
import id.layanankecamatan.support.FinishedApplications;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: a citizen on a phone goes from the tracking page of a rejected application to the complaint form (number
 * filled in), is told what is missing, sends the complaint with a photo, and tracks it with number and code; then
 * answers "belum selesai" once the office replied. Without script the form works the same (no step depends on it).
 */
class ComplaintBrowserTest extends IntegrationTest {

    static Browser browser;

    @Autowired ApplicationService applications;
    @Autowired ApplicationRepository repository;
    @Autowired ServiceCatalog catalog;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path files;

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

    @BeforeEach
    void freshVisitor() {
        browser.freshVisitor(baseUrl());
    }

    @Test
    void aCitizenComplainsOnAPhoneAndTracksTheComplaint() throws Exception {
        Receipt application = new FinishedApplications(applications, repository, catalog)
                .finished(ApplicationStatus.REJECTED, OffsetDateTime.now());
        Path photo = files.resolve("antrean.jpg");
        Files.write(photo, Samples.jpeg(java.awt.Color.ORANGE, 1200, 900));
        browser.phoneSize();
        browser.driver.get(baseUrl() + "/lacak");
        browser.driver.findElement(By.id("nomor")).sendKeys(application.registrationNumber());
        browser.driver.findElement(By.id("kode")).sendKeys(application.trackingCode());
        browser.press(By.id("submit"));
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("complaint-link"))).click();

        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-form")));
        assertThat(browser.driver.findElement(By.id("registrationNumber")).getAttribute("value"))
                .isEqualTo(application.registrationNumber());
        assertThat(nothingWiderThanThePhone()).as("elements wider than the phone").isEmpty();
        List<Axe.Violation> blocking = Axe.blocking(browser.driver);
        assertThat(blocking).as("axe on the complaint form:\n%s", Axe.describe(blocking)).isEmpty();

        // sent without text: told so, nothing stored
        long before = complaints();
        browser.driver.findElement(By.id("send-complaint")).click();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")))
                .getText()).contains("Isi pengaduan wajib diisi");
        assertThat(complaints()).isEqualTo(before);

        browser.driver.findElement(By.id("text")).sendKeys("Permohonan saya ditolak tanpa penjelasan yang jelas.\n"
                + "Mohon diperiksa kembali.");
        browser.driver.findElement(By.id("email")).sendKeys("rina@example.com");
        browser.driver.findElement(By.id("confidential")).findElement(By.xpath("./..")).click();
        browser.driver.findElement(By.id("lampiran")).sendKeys(photo.toString());
        browser.screenshot("complaint-phone-form");
        browser.driver.findElement(By.id("send-complaint")).click();

        String number = browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("complaint-number"))).getText();
        String code = browser.driver.findElement(By.id("tracking-code")).getText();
        assertThat(number).matches("BTN-ADU-\\d{4}-\\d{5}");
        Map<String, Object> row = jdbc.sql("SELECT * FROM complaint WHERE complaint_number = ?").param(number)
                .query().singleRow();
        assertThat(row).containsEntry("registration_number", application.registrationNumber())
                .containsEntry("confidential", true).containsEntry("channel", "PORTAL")
                .containsEntry("complainant_email", "rina@example.com");
        assertThat(jdbc.sql("SELECT content_type FROM complaint_attachment WHERE complaint_id = ?")
                .param(row.get("id")).query(String.class).single()).isEqualTo("image/jpeg");
        browser.screenshot("complaint-phone-receipt");

        // tracking in a new visit: number and code
        browser.freshVisitor(baseUrl());
        browser.driver.get(baseUrl() + "/pengaduan/lacak");
        browser.driver.findElement(By.id("nomor")).sendKeys(number);
        browser.driver.findElement(By.id("kode")).sendKeys("SALAH23456");
        browser.press(By.id("submit"));
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .contains("Pengaduan tidak ditemukan");
        browser.driver.findElement(By.id("kode")).sendKeys(code);
        browser.press(By.id("submit"));
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText())
                .isEqualTo("Diterima, menunggu verifikasi");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("Diterima melalui Portal layanan.");
        assertThat(browser.driver.findElements(By.id("not-resolved-form"))).isEmpty();
        assertThat(nothingWiderThanThePhone()).as("elements wider than the phone").isEmpty();

        // the complaint officer verifies and replies: the complainant answers "belum selesai"
        officerCompletes(number, java.util.Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.RINGAN.name()));
        officerCompletes(number, java.util.Map.of(ComplaintIds.VAR_REPLY,
                "Penolakan sesuai persyaratan: surat pengantar RT/RW tidak ada."));
        browser.driver.navigate().refresh();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")))
                .getText()).contains("surat pengantar RT/RW");
        blocking = Axe.blocking(browser.driver);
        assertThat(blocking).as("axe on the complaint's page:\n%s", Axe.describe(blocking)).isEmpty();
        browser.driver.findElement(By.id("not-resolved-text")).sendKeys("Surat pengantar sudah saya unggah.");
        browser.driver.findElement(By.id("send-not-resolved")).click();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
                .contains("Tanggapan Anda terkirim");
        assertThat(browser.driver.findElement(By.id("history")).getText())
                .contains("Pelapor menyatakan belum selesai", "Surat pengantar sudah saya unggah.");
        browser.screenshot("complaint-phone-tracking");
    }

    private String nothingWiderThanThePhone() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                  return e.getBoundingClientRect().right > window.innerWidth + 1; });
                return wide.map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(' ');""");
    }

    private long complaints() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }

    /** The complaint's open task completed by a complaint officer, and the notices that follow it run. */
    private void officerCompletes(String number, java.util.Map<String, Object> variables) {
        var tasks = processEngine.getTaskService();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        tasks.claim(task.getId(), "pengaduan");
        processEngine.getIdentityService().setAuthentication("pengaduan", java.util.List.of("pengelola-pengaduan"));
        try {
            tasks.complete(task.getId(), new java.util.HashMap<>(variables));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        id.layanankecamatan.support.Jobs.runDue(processEngine, number);
    }
}
