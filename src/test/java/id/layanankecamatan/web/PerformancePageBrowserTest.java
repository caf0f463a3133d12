package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Issue 15: "Profil & kinerja" at /kinerja on a phone: the office, its counter hours and complaint contact, each
 * service's on-time rate in the last complete months and the latest satisfaction index, linked from the home page.
 */
class PerformancePageBrowserTest extends IntegrationTest {

    static Browser browser;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;

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
    void theFiguresOfTheLastMonthsAndTheSatisfactionIndexArePublic() {
        // a Domisili issued in February 2041 (a month no other test uses), and its applicant's survey answers
        ClockUtil.setCurrentTime(at("2041-02-05T09:00:00+07:00"));
        Receipt receipt = applications.submit(Samples.submission(catalog.get("domisili")));
        StaffWork.signed(processEngine, receipt.registrationNumber());
        assertThat(new Http(baseUrl()).postJson("/api/v1/applications/" + receipt.registrationNumber() + "/survey",
                "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4,\"U9\":3}}",
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // a complaint received and closed in time in January 2041, after 3 working days
        jdbc.sql("""
                INSERT INTO complaint (complaint_number, tracking_code, complaint_type, channel, text, confidential,
                    status, complaint_class, received_at, verification_due, acknowledgement_due, closed_at,
                    closed_on_time, working_days_to_close, updated_at)
                VALUES ('T-ADU-KINERJA', 'ABCDEFGHJK', 'PENGADUAN', 'LOKET', 'Antrean lama', FALSE, 'DITUTUP', 'RINGAN',
                    ?, ?, ?, ?, TRUE, 3, ?)""")
                .params(java.time.OffsetDateTime.parse("2041-01-15T09:00:00+07:00"), java.time.OffsetDateTime.parse("2041-01-18T09:00:00+07:00"),
                        java.time.OffsetDateTime.parse("2041-01-29T09:00:00+07:00"), java.time.OffsetDateTime.parse("2041-01-20T09:00:00+07:00"),
                        java.time.OffsetDateTime.parse("2041-01-20T09:00:00+07:00"))
                .update();
        // the citizen looks in March: the last three complete months are December, January and February
        ClockUtil.setCurrentTime(at("2041-03-12T10:00:00+07:00"));

        browser.freshVisitor(baseUrl());
        browser.phoneSize();
        browser.driver.get(baseUrl() + "/");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("kinerja-link"))).click();
        browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("on-time-rates")));

        assertThat(browser.driver.findElement(By.id("service-hours")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("complaint-contact")).getText()).contains("pengaduan");
        assertThat(browser.driver.findElement(By.id("complaint-officer")).getText())
                .isEqualTo("CONTOH Nama Pengelola Pengaduan, Pengelola Pengaduan");
        String complaints = browser.driver.findElement(By.id("complaint-figures")).getText();
        assertThat(complaints).contains("Diterima 0 1 0", "Pengaduan 0 1 0", "Informasi/ringan (≤ 5 hari kerja) 0 1 0",
                "Ditutup tepat waktu - 100 % (1 dari 1) -", "Rata-rata hari kerja sampai ditutup - 3,0 -");
        String rates = browser.driver.findElement(By.id("on-time-rates")).getText();
        assertThat(rates).contains("Desember 2040", "Januari 2041", "Februari 2041");
        String domisili = browser.driver.findElement(By.xpath(
                "//table[@id='on-time-rates']//tr[th[normalize-space()='Surat Keterangan Domisili']]")).getText();
        assertThat(domisili).endsWith("100 % (1 dari 1)");
        // (4 × 8 + 3) / 9 = 3.8889 → × 25 = 97.22: grade A
        assertThat(browser.driver.findElement(By.id("ikm-value")).getText()).isEqualTo("97,22");
        assertThat(browser.driver.findElement(By.id("ikm-grade")).getText()).isEqualTo("A");
        // one user in the period, one respondent: the sample suffices (Krejcie–Morgan), so no warning
        assertThat(browser.driver.findElements(By.id("ikm-sample"))).isEmpty();
        assertThat(tooWide()).as("elements wider than the phone").isEmpty();
        List<Axe.Violation> blocking = Axe.blocking(browser.driver);
        assertThat(blocking).as("axe on /kinerja:\n%s", Axe.describe(blocking)).isEmpty();
        browser.screenshot("kinerja-phone");
    }

    private static Date at(String time) {
        return Date.from(OffsetDateTime.parse(time).toInstant());
    }

    private String tooWide() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                  return e.getBoundingClientRect().right > window.innerWidth + 1
                      && !e.closest('.table-scroll'); });
                return wide.map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(' ');""");
    }
}
