package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen portal and the counter form, on a phone-size screen, checked with axe-core (WCAG 2.x A/AA rules):
 * no serious or critical violation on any page a citizen or officer goes through. Errors must be tied to their
 * fields and focus must go to them, and the form must still fit the screen at 200 % text size.
 */
class PortalAccessibilityTest extends IntegrationTest {

    static Browser browser;

    @TempDir
    static Path files;

    @Autowired ApplicationService applications;
    @Autowired LetterService letters;
    @Autowired PlatformTransactionManager transactions;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        Files.write(files.resolve("ktp.pdf"), Samples.pdf("ktp"));
        Files.write(files.resolve("kk.png"), Samples.png());
        Files.write(files.resolve("pengantar.pdf"), Samples.pdf("pengantar"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.phoneSize();
        browser.freshVisitor(baseUrl());
    }

    @Test
    void theInformationPagesHaveNoSeriousViolations() {
        open("/");
        assertAccessible("home");
        // the first thing the keyboard reaches jumps over the header to the page's content
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Langsung ke isi utama");
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(browser.driver.findElement(By.id("main")).getTagName()).isEqualTo("main");
        // axe does see a problem when there is one: a field without a label
        js().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=unlabelled>')");
        assertThat(Axe.blocking(browser.driver)).extracting(Axe.Violation::id).containsExactly("label");
        open("/");
        open("/layanan/domisili");
        assertAccessible("service");
        open("/verifikasi");
        assertAccessible("verification form");
    }

    @Test
    void theFormWithErrorsTiesEachErrorToItsFieldAndTakesFocusThere() {
        open("/layanan/domisili/ajukan");
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nik")));
        assertAccessible("empty form");
        type("name", "Siti Aminah Harahap");
        browser.press(By.id("submit"));
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("nik-error")));
        assertAccessible("form with errors");
        browser.screenshot("a11y-form-errors-phone");

        // the summary gets focus, and each of its items links to the field it is about
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        WebElement toNik = browser.driver.findElement(By.cssSelector("#error-summary a[href='#nik']"));
        assertThat(toNik.getText()).isEqualTo(browser.driver.findElement(By.id("nik-error")).getText());
        toNik.click();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("nik");
        for (String field : List.of("nik", "address", "domicileSince", "ktp")) {
            WebElement input = browser.driver.findElement(By.id(field));
            assertThat(input.getAttribute("aria-invalid")).as(field).isEqualTo("true");
            assertThat(input.getAttribute("aria-describedby")).as(field).contains(field + "-error");
        }
        // the format hint is read with the field; a valid field is not marked
        assertThat(browser.driver.findElement(By.id("nik")).getAttribute("aria-describedby")).contains("nik-hint");
        assertThat(browser.driver.findElement(By.id("name")).getAttribute("aria-invalid")).isNull();
        assertThat(browser.driver.findElement(By.id("name")).getAttribute("aria-describedby")).isNull();
    }

    @Test
    void theReceiptAndTheTrackingPagesHaveNoSeriousViolations() {
        open("/layanan/domisili/ajukan");
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nik")));
        ApplicantData a = Samples.applicant();
        type("nik", a.nik());
        type("name", a.name());
        type("address", a.address());
        type("rt", a.rt());
        type("rw", a.rw());
        type("village", a.village());
        type("purpose", a.purpose());
        type("phone", a.phone());
        js().executeScript("arguments[0].value = '2019-07-01'", browser.driver.findElement(By.id("domicileSince")));
        attach("ktp", "ktp.pdf");
        attach("kk", "kk.png");
        attach("pengantar_rt_rw", "pengantar.pdf");
        browser.press(By.id("submit"));
        browser.waiting(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number")));
        assertAccessible("receipt");

        browser.driver.findElement(By.linkText("Lacak permohonan")).click();
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("kode")));
        assertAccessible("tracking form");
        browser.driver.findElement(By.id("kode")).sendKeys("SALAH-123");
        browser.press(By.id("submit"));
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertAccessible("tracking form, not found");
    }

    @Test
    void theCorrectionPagesHaveNoSeriousViolations() {
        Receipt receipt = submit();
        Jobs.runDue(processEngine, receipt.registrationNumber());
        StaffWork.complete(processEngine, receipt.registrationNumber(), ProcessIds.TASK_VERIFY, "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Foto KTP buram."));
        open("/lacak?nomor=" + receipt.registrationNumber());
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("kode")))
                .sendKeys(receipt.trackingCode());
        browser.press(By.id("submit"));
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("correction-link")));
        assertAccessible("status, returned");
        browser.driver.findElement(By.id("correction-link")).click();
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        assertAccessible("correction form");
        browser.driver.findElement(By.id("nik")).clear();
        browser.press(By.id("submit"));
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("nik-error")));
        assertAccessible("correction form with errors");
        assertThat(browser.driver.findElement(By.id("nik")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aLettersVerificationResultHasNoSeriousViolations() {
        Receipt receipt = submit();
        StaffWork.verified(processEngine, receipt.registrationNumber());
        Letter letter = new TransactionTemplate(transactions)
                .execute(s -> letters.issue(receipt.registrationNumber(), "camat"));
        open("/verifikasi/" + letter.verificationCode());
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertAccessible("verification result");
    }

    @Test
    void theCounterFormHasNoSeriousViolationsAndFitsAtDoubleTextSize() {
        browser.logInToCamunda(baseUrl() + "/camunda/app/tasklist/default/", "petugas");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tugas grup saya")));

        open("/staff/loket/ahli-waris");
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nik")));
        assertAccessible("counter form");
        browser.press(By.id("submit"));
        browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("nik-error")));
        assertAccessible("counter form with errors");
        assertFitsAtDoubleTextSize("counter form with errors");
        browser.screenshot("a11y-counter-200-percent");
    }

    @Test
    void theCitizenFormFitsThePhoneAtDoubleTextSize() {
        for (String path : List.of("/", "/layanan/keramaian/ajukan", "/lacak", "/verifikasi")) {
            open(path);
            browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            assertFitsAtDoubleTextSize(path);
        }
        browser.screenshot("a11y-form-200-percent");
    }

    /** As a phone's "large text" setting does: the root font size doubled; the page must grow and still fit. */
    private void assertFitsAtDoubleTextSize(String page) {
        js().executeScript("document.documentElement.style.fontSize = '32px'");
        assertThat(js().executeScript("return getComputedStyle(document.querySelector('main p, main label')).fontSize"))
                .as("text on %s follows the reader's text size", page).isEqualTo("32px");
        Object overflow = js().executeScript("var e = document.scrollingElement;"
                + "return e.scrollWidth > window.innerWidth + 1 ? e.scrollWidth + ' > ' + window.innerWidth : null;");
        assertThat(overflow).as("horizontal overflow on %s at 200 %% text size", page).isNull();
    }

    private void assertAccessible(String page) {
        List<Axe.Violation> all = Axe.violations(browser.driver);
        if (!all.isEmpty()) {
            System.out.println("axe on " + page + ":\n" + Axe.describe(all));
        }
        List<Axe.Violation> blocking = all.stream().filter(v -> Axe.BLOCKING.contains(v.impact())).toList();
        assertThat(blocking).as("serious or critical axe violations on %s:\n%s", page, Axe.describe(blocking))
                .isEmpty();
    }

    private Receipt submit() {
        return applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE));
    }

    private void open(String path) {
        browser.driver.get(baseUrl() + path);
    }

    private JavascriptExecutor js() {
        return browser.driver;
    }

    private void type(String id, String value) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void attach(String id, String file) {
        browser.driver.findElement(By.id(id)).sendKeys(files.resolve(file).toAbsolutePath().toString());
    }
}
