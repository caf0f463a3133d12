package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.FinishedApplications;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15: the satisfaction survey on a phone (from the tracking page) and on the counter's tablet (kiosk). */
class SurveyBrowserTest extends BrowserTest {

    @Autowired ApplicationService applications;
    @Autowired ApplicationRepository repository;
    @Autowired ServiceCatalog catalog;
    @Autowired JdbcClient jdbc;

    private FinishedApplications finishedApplications;

    @BeforeEach
    void freshVisitor() {
        browser.freshVisitor(baseUrl());
        finishedApplications = new FinishedApplications(applications, repository, catalog);
    }

    @Test
    void aCitizenAnswersOnAPhoneFromTheTrackingPage() {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.ISSUED, OffsetDateTime.now());
        browser.phoneSize();
        browser.driver.get(baseUrl() + "/lacak");
        browser.driver.findElement(By.id("nomor")).sendKeys(receipt.registrationNumber());
        browser.driver.findElement(By.id("kode")).sendKeys(receipt.trackingCode());
        browser.press(By.id("submit"));
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("survey-link"))).click();

        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
        // unlocked by the tracking page: no code to type again
        assertThat(browser.driver.findElements(By.name("kode"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("U7")).getText()).contains("Kesopanan dan keramahan petugas",
                "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah");
        assertThat(nothingWiderThanThePhone()).as("elements wider than the phone").isEmpty();
        List<Axe.Violation> blocking = Axe.blocking(browser.driver);
        assertThat(blocking).as("axe on the survey form:\n%s", Axe.describe(blocking)).isEmpty();

        // sent without a single answer: told so, nothing stored
        long before = responses();
        browser.driver.findElement(By.id("send-survey")).click();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")))
                .getText()).contains("Jawab paling sedikit satu pertanyaan survei.");
        assertThat(responses()).isEqualTo(before);

        // every question but U8 (the respondent knows nothing of the complaint handling), by tapping the labels
        Map<String, Integer> answers = Map.of("U1", 4, "U2", 3, "U3", 2, "U4", 4, "U5", 3, "U6", 4, "U7", 4, "U9", 3);
        answers.forEach((element, score) -> tap(By.id(element + "-" + score)));
        browser.driver.findElement(By.cssSelector("#profile summary")).click();
        new Select(browser.driver.findElement(By.id("age"))).selectByValue("30-39");
        browser.screenshot("survey-phone-form");
        browser.driver.findElement(By.id("send-survey")).click();

        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
                .contains("Jawaban survei Anda telah kami terima");
        assertThat(responses()).isEqualTo(before + 1);
        Map<String, Object> stored = jdbc.sql("SELECT * FROM survey_response WHERE age_band = '30-39' AND u3 = 2")
                .query().singleRow();
        assertThat(stored).containsEntry("u8", null).containsEntry("service_code", "domisili");
        // the tracking page no longer asks
        browser.driver.get(baseUrl() + "/lacak/" + receipt.registrationNumber());
        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(browser.driver.findElements(By.id("survey-link"))).isEmpty();
    }

    @Test
    void theCountersTabletTakesNumberAndCodeShowsTheQrCodeAndStartsAgain() {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.REJECTED, OffsetDateTime.now());
        browser.desktopSize();
        browser.driver.get(baseUrl() + "/survei/loket");
        assertThat(browser.driver.findElement(By.cssSelector("#kiosk-qr svg")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("portal-address")).getText()).endsWith("/survei");

        browser.driver.findElement(By.id("nomor")).sendKeys(receipt.registrationNumber());
        browser.driver.findElement(By.id("kode")).sendKeys("SALAH");
        browser.driver.findElement(By.id("open-survey")).click();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .contains("tidak ditemukan");
        browser.driver.findElement(By.id("kode")).sendKeys(receipt.trackingCode());
        browser.driver.findElement(By.id("open-survey")).click();
        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
        for (int u = 1; u <= 9; u++) {
            tap(By.id("U" + u + "-2"));
        }
        browser.screenshot("survey-kiosk-form");
        browser.driver.findElement(By.id("send-survey")).click();
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("next-respondent"))).click();

        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-qr")));
        // nothing stays open on the shared tablet for the next citizen
        browser.driver.get(baseUrl() + "/lacak/" + receipt.registrationNumber());
        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("kode")));
        // and a second response is refused
        browser.driver.get(baseUrl() + "/survei/loket");
        browser.driver.findElement(By.id("nomor")).sendKeys(receipt.registrationNumber());
        browser.driver.findElement(By.id("kode")).sendKeys(receipt.trackingCode());
        browser.driver.findElement(By.id("open-survey")).click();
        assertThat(browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .contains("sudah diisi");
    }

    private void tap(By radio) {
        // the label around the radio button is the target a finger hits
        browser.driver.findElement(radio).findElement(By.xpath("./..")).click();
        assertThat(browser.driver.findElement(radio).isSelected()).isTrue();
    }

    private String nothingWiderThanThePhone() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                  return e.getBoundingClientRect().right > window.innerWidth + 1; });
                return wide.map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(' ');""");
    }

    private long responses() {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response").query(Long.class).single();
    }
}
