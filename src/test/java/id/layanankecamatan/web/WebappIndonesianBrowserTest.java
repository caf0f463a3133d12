package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.LetterProperties;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist, Cockpit and Admin as the office's staff see them in a browser set to English and to UTC: Indonesian
 * labels, the office's name and emblem, no Camunda 8 banner, and times on the office's clock (WIB).
 */
class WebappIndonesianBrowserTest extends IntegrationTest {

    /** What the webapps say in English on these pages; whole words, so "Klaim" or "Formulir" never match. */
    static final List<String> ENGLISH = List.of("Claim", "Unclaim", "Complete", "Filter Tasks", "Processes",
            "Running Process Instances", "Incidents", "Add Comment", "Set follow-up date", "Set due date",
            "Create task", "Start process", "Keyboard Shortcuts", "Form", "History", "Description", "Created",
            "Due", "Follow-up", "Sign out", "My profile", "Decisions", "Human Tasks", "More", "Process Definitions",
            "Decision Definitions", "Deployed", "Open Incidents", "Open Human Tasks", "Process Instances",
            "Called Process Definitions", "Job Definitions", "Definition Version", "Users", "Groups",
            "Authorizations", "System", "Create new user", "First Name", "Last Name", "Action", "Edit",
            "Date and Time displayed in local timezone", "Powered by", "Loading", "Save", "Cancel", "Profile",
            "It is time to migrate to Camunda 8");

    // an application that comes in on Monday 2 June 2042, 07:45 WIB (00:45 UTC), due the next day at 09:00 WIB
    private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2042-06-02T07:45:00+07:00");
    private static final OffsetDateTime DUE = OffsetDateTime.parse("2042-06-03T09:00:00+07:00");

    // a staff PC set up in English and to UTC, closed by JUnit after the last test
    @AutoClose
    static final Browser browser = Browser.startIn("UTC", "en-US");

    @Autowired ApplicationService applications;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired OfficeProperties office;
    @Autowired LetterProperties letters;

    @Test
    void theWebappsLoadOurCustomisationInsteadOfTheWebjarsFiles() throws IOException {
        Http http = new Http(baseUrl());
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String base = "/camunda/app/" + app;
            // no session: the webapps load these before anyone logs in, past their own security filter
            ResponseEntity<String> config = http.get(base + "/scripts/config.js?bust=1", h -> { });
            assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(config.getBody()).contains(office.name(), "Asia/Jakarta", "\"WIB\"", "scripts/layanan-webapp")
                    .isNotEqualTo(webjarFile(app, "scripts/config.js"));
            ResponseEntity<String> styles = http.get(base + "/styles/user-styles.css?bust=7.24.0", h -> { });
            assertThat(styles.getBody()).contains(".ce-eol-banner", "office-emblem")
                    .isNotEqualTo(webjarFile(app, "styles/user-styles.css"));
            assertThat(http.get(base + "/scripts/layanan-webapp.js?bust=7.24.0", h -> { }).getBody())
                    .contains("updateOffset");
            // the labels come from this application's jar (the webjar has no id.json)
            assertThat(http.getBytes(base + "/locales/id.json?bust=7.24.0", h -> { }).getBody())
                    .isEqualTo(ourFile("META-INF/resources/webjars/camunda/app/" + app + "/locales/id.json"));
            assertThat(http.getBytes(base + "/styles/office-emblem", h -> { }).getBody()).isEqualTo(emblem());
        }
        ResponseEntity<byte[]> favicon = http.getBytes("/camunda/favicon.ico", h -> { });
        assertThat(favicon.getHeaders().getContentType()).hasToString("image/png");
        assertThat(favicon.getBody()).isEqualTo(emblem());
    }

    @Test
    void theOfficerSeesTasklistAndATaskFormInIndonesianOnTheOfficesClock() {
        Task task = verificationTaskSubmittedAt(SUBMITTED);
        tasks.setDueDate(task.getId(), Date.from(DUE.toInstant()));
        assertBrowserIsEnglishInUtc();

        logIn("tasklist", "petugas");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tugas grup saya"))).click();
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Verifikasi berkas permohonan"));
        assertIndonesianPage("webapp-id-tasklist");
        assertThat(browser.driver.getTitle()).isEqualTo("Layanan Kecamatan — " + office.name());

        String filterId = filters.createFilterQuery().filterName("Tugas grup saya").singleResult().getId();
        browser.driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + task.getId());
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Keputusan verifikasi"));
        // the due time is 02:00 in the browser's zone, 09:00 on the office's clock ("LLLL" of id.json's dates)
        WebElement due = browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]")));
        new Actions(browser.driver).moveToElement(due).perform();
        browser.waiting(10).until(d -> d.findElements(By.cssSelector(".tooltip-inner")).stream()
                .anyMatch(tooltip -> tooltip.getText().contains("3 Juni 2042 pukul 09.00")));
        // a due or follow-up date set in Tasklist is read on the office's clock too (its date fields hand over
        // "2042-06-03T09:00:00", which Tasklist's fixDate turns into the time it sends)
        assertThat(browser.driver.executeScript(
                "return angular.element(document.documentElement).injector().get('fixDate')('2042-06-03T09:00:00')"))
                .isEqualTo("2042-06-03T09:00:00.000+0700");
        // the Camunda Form's date field (domicile since 1 July 2019) as an Indonesian writes it, not "7/1/2019"
        assertThat(browser.driver.findElements(By.cssSelector(".fjs-form input")).stream()
                .map(input -> input.getDomProperty("value"))).contains("1/7/2019");
        assertIndonesianPage("webapp-id-tasklist-task");
    }

    @Test
    void theCamatSeesCockpitInIndonesianOnTheOfficesClock() {
        Task task = verificationTaskSubmittedAt(SUBMITTED);
        assertBrowserIsEnglishInUtc();

        logIn("cockpit", "camat");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("layanan-sla")));
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Instans proses berjalan"));
        assertIndonesianPage("webapp-id-cockpit-dashboard");
        // our plugin in the words of the webapps' labels (id.json: ASSIGNEE, DUE)
        assertThat(browser.driver.findElement(By.id("sla-oldest")).getText()).contains("Penanggung jawab");
        assertThat(browser.driver.getTitle()).startsWith("Layanan Kecamatan — " + office.name() + " | ");

        String definitionId = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getProcessDefinitionId();
        browser.driver.get(baseUrl() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.linkText("Instans proses"))).click();
        // the newest instance, started 00:45 UTC: its start time on the office's clock
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "2042-06-02T07:45:00"));
        assertIndonesianPage("webapp-id-cockpit-process");
    }

    @Test
    void theUsersPageOfAdminIsInIndonesian() {
        assertBrowserIsEnglishInUtc();
        // the camat has no Admin; the office's administrator (camunda-admin) has
        logIn("admin", "admin");
        browser.driver.get(baseUrl() + "/camunda/app/admin/default/#/users");
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "petugas@kecamatan.example.go.id"));
        assertIndonesianPage("webapp-id-admin-users");
    }

    @Test
    void englishStaysSelectableInTheUserMenu() {
        logIn("tasklist", "petugas");
        try {
            switchLanguage("en");
            browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Start process"));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Mulai proses");
            switchLanguage("id");
            browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Mulai proses"));
        } finally {
            browser.driver.executeScript("localStorage.removeItem('layanan.webapp.language')");
        }
    }

    private void switchLanguage(String language) {
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .dropdown-toggle")))
                .click();
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-layanan-language='" + language + "']"))).click();
    }

    private void logIn(String app, String user) {
        browser.driver.manage().deleteAllCookies();
        browser.logInToCamunda(baseUrl() + "/camunda/app/" + app + "/default/", user);
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
    }

    /** No English label among the visible texts, no migration banner, the office's zone named in the footer. */
    private void assertIndonesianPage(String screenshot) {
        browser.screenshot(screenshot);
        List<String> english = new ArrayList<>();
        for (String text : visibleTexts()) {
            for (String label : ENGLISH) {
                if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(label) + "(?!\\p{L})").matcher(text).find()) {
                    english.add(label + " in \"" + text + "\"");
                }
            }
        }
        assertThat(english).as("English labels visible on %s", screenshot).isEmpty();
        // the header still has the banner (Camunda's code shows it in every CE), our stylesheet hides it
        assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner"))).isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.driver.findElement(By.id("footer-timezone")).getText())
                .startsWith("Tanggal dan waktu ditampilkan dalam zona waktu kantor").contains("WIB (Asia/Jakarta)");
        assertThat(browser.driver.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
                .isEqualTo("Layanan Kecamatan — " + office.name());
        assertThat(browser.driver.findElement(By.cssSelector(".navbar-brand .brand-logo")).getCssValue("background-image"))
                .contains("office-emblem");
    }

    /** Each visible text node, and the placeholders of visible fields. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleTexts() {
        return (List<String>) browser.driver.executeScript("""
                const visible = el => el && el.getClientRects().length > 0
                    && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const text = walker.currentNode.textContent.replace(/\\s+/g, ' ').trim();
                  const parent = walker.currentNode.parentElement;
                  if (text && !parent.closest('script, style, noscript') && visible(parent)) {
                    texts.push(text);
                  }
                }
                document.querySelectorAll('[placeholder]').forEach(field => {
                  if (visible(field)) texts.push(field.getAttribute('placeholder'));
                });
                return texts;""");
    }

    private void assertBrowserIsEnglishInUtc() {
        assertThat(browser.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
                .isEqualTo("UTC");
        assertThat((String) browser.driver.executeScript("return navigator.languages[0]")).startsWith("en");
    }

    private Task verificationTaskSubmittedAt(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        String number;
        try {
            number = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(),
                    Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
            Jobs.runDue(processEngine, number);
        } finally {
            ClockUtil.reset();
        }
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
    }

    private byte[] emblem() throws IOException {
        try (InputStream in = letters.logo().getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String webjarFile(String app, String path) throws IOException {
        List<URL> found = Collections.list(WebappIndonesianBrowserTest.class.getClassLoader()
                .getResources("META-INF/resources/webjars/camunda/app/" + app + "/" + path));
        URL webjar = found.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow();
        try (InputStream in = webjar.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static byte[] ourFile(String path) throws IOException {
        try (InputStream in = WebappIndonesianBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
