package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.CameraPhoto;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: a citizen applies from an inexpensive phone on a slow mobile connection, photographing the documents
 * with the camera. Headless Chromium at phone size, the network throttled through the DevTools protocol.
 */
class PhoneApplicationBrowserTest extends IntegrationTest {

    /** DevTools' classic "Slow 3G" profile: 2 s round trip, 400 kbit/s each way (in bytes per second). */
    static final Map<String, Object> SLOW_3G = Map.of("offline", false, "latency", 2000,
            "downloadThroughput", 50_000, "uploadThroughput", 50_000);
    static final Map<String, Object> OFFLINE = Map.of("offline", true, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1);

    static Browser browser;

    @TempDir
    static Path files;

    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        // a 12 MP photo as a phone camera writes it: taken with the phone turned, with the place it was taken
        Files.write(files.resolve("IMG_20261202_101500.jpg"), CameraPhoto.jpeg(4000, 3000, 6, 5_000_000));
        Files.write(files.resolve("kk.jpg"), Samples.jpeg(Color.WHITE, 1600, 1200));
        Files.write(files.resolve("halaman-1.jpg"), Samples.jpeg(Color.BLUE, 1200, 1600));
        Files.write(files.resolve("halaman-2.jpg"), Samples.jpeg(Color.GREEN, 1200, 1600));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void phoneOnSlow3g() {
        browser.freshVisitor(baseUrl());
        browser.phoneSize();
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        network(SLOW_3G);
    }

    @AfterEach
    void fullSpeed() {
        network(Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Test
    void cameraPhotosAreShrunkAndSeveralPhotosBecomeOneDocument() throws IOException {
        String name = "Siti Kamera Harahap";
        open("/layanan/domisili/ajukan");
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.id("ktp-camera")));
        // everything the page needs before any photo: well under the budget of a weak connection
        assertThat(pageWeight()).isLessThan(60 * 1024);

        fillApplicant(name);
        attach("ktp", "IMG_20261202_101500.jpg");
        attach("kk", "kk.jpg");
        // the covering letter as two photos, chosen in the wrong order and put right with the buttons
        attach("pengantar_rt_rw", "halaman-2.jpg");
        attach("pengantar_rt_rw", "halaman-1.jpg");
        // each photo is on its way as soon as it is chosen, with its own progress
        browser.waiting(180).until(d -> d.findElements(By.cssSelector("li.photo.done")).size() == 4);
        WebElement up = browser.waiting(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-requirement=pengantar_rt_rw] button[aria-label^='Pindahkan Foto 2']")));
        up.click();
        browser.screenshot("phone-form-photos");
        List<Axe.Violation> blocking = Axe.blocking(browser.driver);
        assertThat(blocking).as("axe on the form with photos:\n%s", Axe.describe(blocking)).isEmpty();
        // the previews fit the phone's width: nothing to scroll sideways
        assertThat((String) ((JavascriptExecutor) browser.driver).executeScript("""
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                  return e.getBoundingClientRect().right > window.innerWidth + 1; });
                return wide.map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(' ');"""))
                .as("elements wider than the phone").isEmpty();
        browser.press(By.id("submit"));

        String number = browser.waiting(180)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        browser.screenshot("phone-receipt");
        assertThat(applicationsNamed(name)).isEqualTo(1);

        byte[] ktp = stored(number, "ktp");
        assertThat(ktp.length).isLessThan(2 * 1024 * 1024);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ktp));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(2000);
        // turned upright: the phone held sideways made a portrait photo, its marked top edge is on top
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        assertThat(CameraPhoto.upright(image)).isTrue();
        assertThat(CameraPhoto.hasExifOrGps(ktp)).isFalse();

        try (PDDocument letter = Loader.loadPDF(stored(number, "pengantar_rt_rw"))) {
            assertThat(letter.getNumberOfPages()).isEqualTo(2);
            assertThat(dominant(new PDFRenderer(letter).renderImage(0, 0.2f))).isEqualTo(Color.BLUE);
            assertThat(dominant(new PDFRenderer(letter).renderImage(1, 0.2f))).isEqualTo(Color.GREEN);
        }
    }

    @Test
    void aDroppedConnectionCostsNoRetypingAndMakesOneApplication() {
        String name = "Rina Sinyal Lemah";
        open("/layanan/domisili/ajukan");
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.id("ktp-camera")));
        fillApplicant(name);
        attach("kk", "kk.jpg");
        attach("pengantar_rt_rw", "halaman-1.jpg");
        // the connection drops just as the KTP photo is sent (a throttled request already on its way is let finish
        // by the browser's emulation, so the cut comes first): the upload fails and waits for the network
        network(OFFLINE);
        attach("ktp", "IMG_20261202_101500.jpg");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-requirement=ktp] li.offline")));
        browser.screenshot("phone-upload-offline");
        browser.press(By.id("submit"));
        assertThat(browser.driver.findElement(By.id("send-status")).getText()).contains("Menunggu berkas");

        // the connection comes back: the photo goes again on its own, then the form
        network(SLOW_3G);
        String number = browser.waiting(180)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        assertThat(number).isNotBlank();
        assertThat(applicationsNamed(name)).isEqualTo(1);
    }

    @Test
    void aSubmissionCutOffIsSentAgainAfterAReloadWithoutRetyping() {
        String name = "Budi Putus Nyambung";
        open("/layanan/domisili/ajukan");
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.id("ktp-camera")));
        fillApplicant(name);
        attach("ktp", "kk.jpg");
        attach("kk", "kk.jpg");
        attach("pengantar_rt_rw", "halaman-1.jpg");
        browser.waiting(120).until(d -> d.findElements(By.cssSelector("li.photo.done")).size() == 3);

        network(OFFLINE);
        WebElement send = browser.driver.findElement(By.id("submit"));
        send.click();
        browser.waiting(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("send-status"),
                "Koneksi terputus"));
        browser.screenshot("phone-send-offline");

        // back online, the citizen reloads the page: what was typed and uploaded is still there
        network(SLOW_3G);
        browser.driver.navigate().refresh();
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.id("ktp-camera")));
        assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver.findElements(By.cssSelector("li.photo.done"))).hasSize(3);
        // a double tap
        ((JavascriptExecutor) browser.driver).executeScript(
                "var b = document.getElementById('submit'); b.click(); b.click();");
        browser.waiting(120).until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number")));
        assertThat(applicationsNamed(name)).isEqualTo(1);
        // the receipt ends what the tab kept
        assertThat((Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return Object.keys(sessionStorage).filter(function (k) { return k.indexOf('draft:') === 0; }).length"))
                .isZero();
    }

    @Test
    void theCounterScansAWalkInCitizensDocumentsTheSameWay() {
        network(Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        browser.desktopSize();
        browser.logInToCamunda(baseUrl() + "/camunda/app/tasklist/default/", "petugas");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tugas grup saya")));
        open("/staff/loket/domisili");
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ktp-camera")));
        String name = "Warga Datang Langsung";
        fillApplicant(name);
        attach("ktp", "IMG_20261202_101500.jpg");
        attach("kk", "kk.jpg");
        attach("pengantar_rt_rw", "halaman-1.jpg");
        attach("pengantar_rt_rw", "halaman-2.jpg");
        browser.press(By.id("submit"));

        String number = browser.waiting(60)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        assertThat(jdbc.sql("SELECT channel FROM application WHERE registration_number = ?").param(number)
                .query(String.class).single()).isEqualTo(id.layanankecamatan.application.Submission.CHANNEL_COUNTER);
        assertThat(stored(number, "ktp").length).isLessThan(2 * 1024 * 1024);
    }

    private void network(Map<String, Object> conditions) {
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
    }

    /** Bytes transferred for the page and everything it loaded, as the browser counted them. */
    private long pageWeight() {
        Object total = ((JavascriptExecutor) browser.driver).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce(function (n, e) { return n + e.transferSize; }, 0);""");
        return ((Number) total).longValue();
    }

    private void attach(String requirement, String file) {
        browser.driver.findElement(By.id(requirement)).sendKeys(files.resolve(file).toAbsolutePath().toString());
    }

    private void fillApplicant(String name) {
        type("nik", PortalBrowserTest.VALID_NIK);
        type("name", name);
        type("address", "Jl. Merdeka No. 5");
        type("rt", "003");
        type("rw", "002");
        type("village", "Batunadua Julu");
        type("purpose", "Melamar pekerjaan");
        type("phone", "081234567890");
        ((JavascriptExecutor) browser.driver).executeScript(
                "var e = arguments[0]; e.value = '2019-07-01'; e.dispatchEvent(new Event('change', {bubbles: true}))",
                browser.driver.findElement(By.id("domicileSince")));
    }

    private void type(String id, String value) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private long applicationsNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE applicant_name = ?").param(name)
                .query(Long.class).single();
    }

    private byte[] stored(String number, String requirement) {
        List<byte[]> content = jdbc.sql("""
                SELECT a.content FROM attachment a JOIN application p ON p.id = a.application_id
                WHERE p.registration_number = ? AND a.requirement_code = ? AND NOT a.superseded""")
                .params(number, requirement).query((rs, n) -> rs.getBytes(1)).list();
        assertThat(content).hasSize(1);
        return content.get(0);
    }

    /** The colour most of a rendered page shows, rounded to the nearest pure test colour. */
    private static Color dominant(BufferedImage page) {
        long r = 0, g = 0, b = 0;
        int n = 0;
        for (int y = page.getHeight() / 4; y < page.getHeight() * 3 / 4; y += 4) {
            for (int x = page.getWidth() / 4; x < page.getWidth() * 3 / 4; x += 4) {
                Color c = new Color(page.getRGB(x, y));
                r += c.getRed();
                g += c.getGreen();
                b += c.getBlue();
                n++;
            }
        }
        return b / n > 128 && r / n < 100 ? Color.BLUE : g / n > 128 && r / n < 100 ? Color.GREEN : Color.WHITE;
    }

    private void open(String path) {
        browser.driver.get(baseUrl() + path);
    }
}
