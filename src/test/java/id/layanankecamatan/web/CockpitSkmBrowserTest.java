package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.support.FinishedApplications;
import id.layanankecamatan.support.Http;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Issue 15: the camat reads the satisfaction survey in Cockpit (whole office and per service, over the periods he
 * reviews) and enters the follow-up plan there. Survey answers of 2046/2047, a period no other test uses.
 */
class CockpitSkmBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    // the office's today while the camat looks: periods 2046-02-11..2047-02-10, semester II 2046, year 2046
    private static final String TODAY = "2047-02-10T10:00:00+07:00";
    private static final String LAST_12_MONTHS = "from=2046-02-11&to=2047-02-10";
    private static final String YEAR_2046 = "from=2046-01-01&to=2046-12-31";

    @Autowired ApplicationService applications;
    @Autowired ApplicationRepository repository;
    @Autowired ServiceCatalog catalog;

    private Http http;

    @Test
    void theCamatReadsTheSurveyPerPeriodAndServiceAndEntersTheFollowUpPlan() throws Exception {
        http = new Http(baseUrl());
        FinishedApplications finished = new FinishedApplications(applications, repository, catalog);
        answer(finished, "domisili", "2046-09-15", "{\"U1\":4,\"U2\":4,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":3,\"U7\":4,\"U8\":2,\"U9\":3}");
        answer(finished, "domisili", "2046-09-15", "{\"U1\":3,\"U2\":3,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":4,\"U7\":4,\"U9\":3}");
        answer(finished, "domisili", "2046-11-03", "{\"U1\":4,\"U2\":3,\"U3\":2,\"U4\":4,\"U5\":4,\"U6\":3,\"U7\":4,\"U8\":1,\"U9\":2}");
        answer(finished, "sku", "2046-10-20", "{\"U1\":2,\"U2\":2,\"U3\":3,\"U4\":2,\"U5\":3,\"U6\":2,\"U7\":3,\"U8\":2,\"U9\":2}");
        answer(finished, "sku", "2046-10-21", "{\"U1\":3,\"U2\":2,\"U3\":2,\"U4\":3,\"U5\":2,\"U6\":2,\"U7\":3,\"U8\":3,\"U9\":2}");
        // in the last twelve months, but not in 2046
        answer(finished, "domisili", "2047-01-20", "{\"U1\":1,\"U2\":1,\"U3\":1,\"U4\":1,\"U5\":1,\"U6\":1,\"U7\":1,\"U8\":1,\"U9\":1}");
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(TODAY).toInstant()));

        browser.driver.manage().deleteAllCookies();
        browser.logInToCamunda(baseUrl() + "/camunda/app/cockpit/default/", "camat");

        // by default the last twelve months up to the office's today, all services
        JsonNode lastYear = skm(LAST_12_MONTHS);
        assertThat(lastYear.get("respondents").asInt()).isEqualTo(6);
        shows(LAST_12_MONTHS, lastYear);
        assertThat(new Select(browser.driver.findElement(By.id("skm-period"))).getFirstSelectedOption().getText())
                .isEqualTo("12 bulan terakhir (11 Februari 2046 – 10 Februari 2047)");
        assertThat(link("skm-report-pdf")).endsWith("/api/v1/skm/report.pdf?" + LAST_12_MONTHS);
        assertThat(link("skm-report-csv")).endsWith("/api/v1/skm/report.csv?" + LAST_12_MONTHS);

        // one service: its own figures
        new Select(browser.driver.findElement(By.id("skm-service"))).selectByValue("sku");
        JsonNode sku = skm(LAST_12_MONTHS + "&service=sku");
        assertThat(sku.get("respondents").asInt()).isEqualTo(2);
        shows(LAST_12_MONTHS + "&service=sku", sku);

        // the previous calendar year, all services: the camat's plan for it
        new Select(browser.driver.findElement(By.id("skm-period"))).selectByValue("tahun-lalu");
        new Select(browser.driver.findElement(By.id("skm-service"))).selectByValue("");
        JsonNode year = skm(YEAR_2046);
        assertThat(year.get("respondents").asInt()).isEqualTo(5);
        shows(YEAR_2046, year);
        assertThat(browser.driver.findElement(By.id("skm-plan")).getText())
                .isEqualTo("Belum disusun untuk periode dan layanan ini.");
        String plan = "Unsur terlemah U8: petugas pengaduan ditunjuk dan kotak saran dibuka di loket.";
        browser.driver.findElement(By.id("skm-plan-text")).sendKeys(plan);
        browser.driver.findElement(By.id("skm-plan-save")).click();
        browser.waiting(30).until(ExpectedConditions.textToBe(By.id("skm-plan-message"), "Rencana tindak lanjut tersimpan."));
        assertThat(browser.driver.findElement(By.id("skm-plan")).getText()).isEqualTo(plan);
        assertThat(browser.driver.findElement(By.id("skm-plan-by")).getText())
                .isEqualTo("Disusun oleh Bapak/Ibu Camat (camat), 10 Februari 2047 pukul 10.00 WIB");
        browser.screenshot("cockpit-skm-dashboard");

        // stored: through the API and in the period's report
        JsonNode stored = JSON.readTree(http.get("/api/v1/sla/skm/follow-up?" + YEAR_2046, as("camat")).getBody());
        assertThat(stored.get("plan").asText()).isEqualTo(plan);
        assertThat(stored.get("enteredBy").asText()).isEqualTo("camat");
        try (PDDocument pdf = Loader.loadPDF(http.getBytes("/api/v1/skm/report.pdf?" + YEAR_2046, h -> { }).getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(plan);
        }

        // the API's refusal reaches the page: the account is moved to the sekcam's group while the form is open
        browser.driver.findElement(By.id("skm-plan-text")).sendKeys(" Tambahan.");
        processEngine.getIdentityService().deleteMembership("camat", StaffGroups.CAMAT);
        processEngine.getIdentityService().createMembership("camat", StaffGroups.SEKCAM);
        try {
            browser.driver.findElement(By.id("skm-plan-save")).click();
            browser.waiting(30).until(ExpectedConditions.textToBe(By.id("skm-plan-message"), "Rencana tindak lanjut "
                    + "tidak tersimpan (Tidak berwenang: Rencana tindak lanjut survei disusun oleh camat.)."));
        } finally {
            processEngine.getIdentityService().deleteMembership("camat", StaffGroups.SEKCAM);
            processEngine.getIdentityService().createMembership("camat", StaffGroups.CAMAT);
        }
        assertThat(JSON.readTree(http.get("/api/v1/sla/skm/follow-up?" + YEAR_2046, as("camat")).getBody())
                .get("plan").asText()).isEqualTo(plan);
    }

    @Test
    void anotherStaffMemberWithCockpitSeesTheFiguresButNoPlanForm() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(TODAY).toInstant()));
        // an office may open Cockpit to more than the camat: the front office here, for this test only
        Authorization cockpit = processEngine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        cockpit.setUserId("petugas");
        cockpit.setResource(Resources.APPLICATION);
        cockpit.setResourceId("cockpit");
        cockpit.addPermission(Permissions.ACCESS);
        processEngine.getAuthorizationService().saveAuthorization(cockpit);
        try {
            browser.driver.manage().deleteAllCookies();
            browser.logInToCamunda(baseUrl() + "/camunda/app/cockpit/default/", "petugas");
            browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#skm-plan")));
            assertThat(browser.driver.findElement(By.id("skm-respondents")).getText()).isNotEmpty();
            assertThat(browser.driver.findElements(By.id("skm-plan-form"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("skm-plan-text"))).isEmpty();
            browser.screenshot("cockpit-skm-front-office");
        } finally {
            processEngine.getAuthorizationService().deleteAuthorization(cockpit.getId());
        }
    }

    /** The page shows the API's figures for that choice: respondents, IKM (comma), grade, sample, nine elements. */
    private void shows(String query, JsonNode skm) {
        browser.waiting(30).until(ExpectedConditions.attributeToBe(By.id("skm-report-pdf"), "href",
                baseUrl() + "/api/v1/skm/report.pdf?" + query));
        assertThat(text("skm-respondents")).isEqualTo(skm.get("respondents").asText());
        assertThat(text("skm-ikm")).isEqualTo(comma(skm.get("ikmConverted")));
        assertThat(text("skm-ikm-raw")).isEqualTo(comma(skm.get("ikm")));
        assertThat(text("skm-grade")).isEqualTo(skm.get("grading").asText() + " (" + skm.get("grade").asText() + ")");
        assertThat(text("skm-sample")).contains((skm.get("sampleSufficient").asBoolean() ? "memenuhi (minimal "
                : "belum memenuhi: minimal ") + skm.get("sampleRequired").asText() + " responden");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#skm-elements tbody tr"));
        assertThat(rows).hasSize(9);
        for (int i = 0; i < 9; i++) {
            JsonNode element = skm.get("elements").get(i);
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.subList(0, 4)).containsExactly(element.get("code").asText(), element.get("name").asText(),
                    comma(element.get("nrr")), element.get("grading").asText() + " (" + element.get("grade").asText() + ")");
        }
        // the three lowest NRR, marked as the report names them
        List<String> weakest = browser.driver.findElements(By.cssSelector("#skm-elements tr.skm-weakest")).stream()
                .map(r -> r.getAttribute("data-code")).toList();
        List<String> expected = java.util.stream.StreamSupport.stream(skm.get("elements").spliterator(), false)
                .sorted(java.util.Comparator.comparing(e -> e.get("nrr").decimalValue())).limit(3)
                .map(e -> e.get("code").asText()).sorted().toList();
        assertThat(weakest).containsExactlyInAnyOrderElementsOf(expected);
    }

    private void answer(FinishedApplications finished, String service, String day, String answers) {
        OffsetDateTime at = OffsetDateTime.parse(day + "T09:00:00+07:00");
        Receipt receipt = finished.finished(service, ApplicationStatus.ISSUED, at);
        ClockUtil.setCurrentTime(Date.from(at.plusHours(1).toInstant()));
        try {
            assertThat(http.postJson("/api/v1/applications/" + receipt.registrationNumber() + "/survey",
                    "{\"answers\":" + answers + "}", h -> h.set("X-Tracking-Code", receipt.trackingCode()))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } finally {
            ClockUtil.reset();
        }
    }

    private JsonNode skm(String query) throws Exception {
        return JSON.readTree(http.get("/api/v1/skm?" + query, h -> { }).getBody());
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private static String link(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("href");
    }

    private static String comma(JsonNode decimal) {
        return decimal.decimalValue().setScale(2).toPlainString().replace('.', ',');
    }

    private static Consumer<HttpHeaders> as(String user) {
        return headers -> headers.set("Authorization", Http.basic(user, "demo"));
    }
}
