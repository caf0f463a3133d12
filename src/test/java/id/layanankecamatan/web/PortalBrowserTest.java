package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The citizen portal in a real headless Chromium against the whole application. */
class PortalBrowserTest extends IntegrationTest {

    static final String VALID_NIK = "1277024505900003";
    // the released example standards (catalog.yaml), as the citizen reads them
    static final String STANDARDS_DECREE = "Keputusan Camat Padangsidimpuan Batunadua tentang Standar Pelayanan Nomor "
            + "CONTOH-000/SK/BTN/2026; berlaku sejak 5 Januari 2026, ditinjau terakhir 5 Januari 2026";
    static final String DELEGATION_DECREE = "Keputusan Wali Kota Padangsidimpuan tentang Pelimpahan Sebagian "
            + "Kewenangan Wali Kota kepada Camat Nomor CONTOH-000/2026 tanggal 2 Januari 2026";
    static final String WORKING_HOURS = "Senin–Kamis pukul 07.30–16.00 WIB (istirahat 12.00–13.00); Jumat pukul 07.30–16.30 WIB (istirahat 11.30–13.00)";
    static final String SERVICE_HOURS = "CONTOH: Senin–Kamis pukul 08.00–15.00 WIB, Jumat pukul 08.00–15.30 WIB";

    static Browser browser;

    @TempDir
    static Path files;

    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ApplicationService applications;
    @Autowired TaskService tasks;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        Files.write(files.resolve("ktp.pdf"), pdf());
        Files.write(files.resolve("kk.png"), png());
        Files.write(files.resolve("pengantar.pdf"), pdf());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.desktopSize();
        browser.freshVisitor(baseUrl());
    }

    @Test
    void serviceSpecificFieldsAreAskedKeptOnErrorAndStored() {
        open("/layanan/keramaian/ajukan");
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("eventName")));
        fillApplicant(VALID_NIK);
        type("eventName", "Pesta Pernikahan Rina");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("eventType")))
                .selectByValue("pesta pernikahan");
        String eventDate = Samples.eventDate();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id("eventDate")), eventDate);
        type("eventTime", "09.00-17.00 WIB");
        type("venue", "Halaman rumah");
        type("attendance", "banyak");
        browser.press(By.id("submit"));

        // a wrong number is shown next to its field, the rest is kept
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-error")))
                .getText()).isEqualTo("Perkiraan jumlah pengunjung harus berupa angka bulat.");
        assertThat(browser.driver.findElement(By.id("eventName")).getAttribute("value")).isEqualTo("Pesta Pernikahan Rina");
        browser.screenshot("portal-keramaian-errors");

        type("attendance", "300");
        browser.driver.findElement(By.id("ktp")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("pengantar_desa")).sendKeys(files.resolve("pengantar.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("pernyataan")).sendKeys(files.resolve("kk.png").toAbsolutePath().toString());
        browser.driver.findElement(By.id("persetujuan_tempat")).sendKeys(files.resolve("pengantar.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("susunan_panitia")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.press(By.id("submit"));
        String number = browser.waiting(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        assertThat(jdbc.sql("SELECT details_json FROM application WHERE registration_number = ?").param(number)
                .query(String.class).single()).contains("\"eventDate\":\"" + eventDate + "\"", "\"attendance\":300",
                "\"eventType\":\"pesta pernikahan\"");
    }

    @Test
    void theCatalogueStandardsAndThePledgeArePublished() {
        open("/");
        assertThat(browser.driver.findElements(By.cssSelector("section[id^=layanan-]"))).hasSize(9);
        browser.driver.findElement(By.cssSelector("#layanan-sktm a[href$='/layanan/sktm']")).click();
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-time")))
                .getText()).startsWith("paling lama 3 hari kerja sejak permohonan diterima");
        assertThat(text(By.id("standard"))).contains("Persyaratan", "Sistem, mekanisme dan prosedur", "Biaya/tarif",
                "Produk pelayanan", "Penanganan pengaduan", "Gratis");
        browser.driver.findElement(By.id("standard-link")).click();
        WebElement table = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("standard-table")));
        assertThat(table.findElements(By.cssSelector("tbody tr td:first-child"))).extracting(WebElement::getText)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(table.getText()).contains("UU 13/2011 tentang Penanganan Fakir Miskin", "Evaluasi kinerja pelaksana");
        browser.screenshot("portal-standard-sktm");
        open("/maklumat");
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("maklumat"))).getText())
                .contains("KECAMATAN PADANGSIDIMPUAN BATUNADUA", "sesuai standar pelayanan", "siap menerima sanksi");
    }

    @Test
    void eachStandardPageNamesItsDecreesOfficialHoursAndComplaintContact() {
        for (String service : new String[] {"domisili", "sktm"}) {
            open("/layanan/" + service + "/standar");
            browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("standards-basis")));
            assertBasis();
        }
        assertThat(text(By.id("standards-basis"))).contains("Standar pelayanan ditetapkan dengan",
                "Pelimpahan kewenangan kepada camat", "Pejabat penanggung jawab", "Jam kerja", "Jam layanan",
                "Pengaduan");
        browser.screenshot("standard-basis-sktm");
    }

    @Test
    void theMaklumatIsDatedSignedByTheCamatAndOffersTheSignedPdf() {
        open("/maklumat");
        String pledge = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("maklumat")))
                .getText();
        assertThat(pledge).contains("Dengan ini kami, KECAMATAN PADANGSIDIMPUAN BATUNADUA, menyatakan sanggup",
                "siap menerima sanksi");
        assertThat(text(By.id("pledge-signature"))).isEqualTo("Padangsidimpuan, 5 Januari 2026\n"
                + "CAMAT PADANGSIDIMPUAN BATUNADUA,\nNama Camat, S.STP\nNIP. 198001012005011001");
        assertBasis();
        assertThat(browser.driver.findElement(By.id("pledge-pdf")).getAttribute("href"))
                .isEqualTo(baseUrl() + "/maklumat.pdf");
        browser.screenshot("maklumat");
    }

    private void assertBasis() {
        assertThat(text(By.id("standards-decree"))).isEqualTo(STANDARDS_DECREE);
        assertThat(text(By.id("delegation-decree"))).isEqualTo(DELEGATION_DECREE);
        assertThat(text(By.id("responsible-official"))).isEqualTo("CONTOH Nama Camat, Camat Padangsidimpuan Batunadua");
        assertThat(text(By.id("complaint-officer")))
                .isEqualTo("CONTOH Nama Pengelola Pengaduan, Pengelola Pengaduan");
        assertThat(text(By.id("working-hours"))).isEqualTo(WORKING_HOURS);
        assertThat(text(By.id("service-hours"))).isEqualTo(SERVICE_HOURS);
        assertThat(text(By.id("complaint-contact"))).startsWith("CONTOH: loket pengaduan kantor camat, formulir di portal")
                .endsWith("SP4N-LAPOR! (www.lapor.go.id)");
    }

    @Test
    void heirsAreEnteredAsRowsInThePortal() {
        open("/layanan/ahli-waris/ajukan");
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("heirs_0_name")));
        fillApplicant(VALID_NIK);
        type("deceasedName", "Ahmad Lubis");
        type("deceasedNik", "1277031005600001");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = '2026-10-02'", browser.driver.findElement(By.id("dateOfDeath")));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = '2026-10-20'", browser.driver.findElement(By.id("statementDate")));
        type("statementKnownBy", "Lurah Batunadua Julu");
        type("heirs_0_name", "Rosmawati Nasution");
        type("heirs_0_nik", "1277034506700001");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("heirs_0_relationship")))
                .selectByValue("istri");
        // one heir row to start with; the next appears on request
        assertThat(browser.driver.findElement(By.id("heirs_1_name")).isDisplayed()).isFalse();
        browser.driver.findElement(By.id("heirs-add")).click();
        type("heirs_1_name", "Putra Lubis");
        type("heirs_1_nik", "1277031203950002");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("heirs_1_relationship")))
                .selectByValue("anak");
        type("witnesses_0_name", "Harun Siregar");
        type("witnesses_0_nik", "1277030101700004");
        type("witnesses_1_name", "Marlina Daulay");
        type("witnesses_1_nik", "1277034202750005");
        browser.driver.findElement(By.id("akta_kematian")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("pernyataan_ahli_waris")).sendKeys(files.resolve("pengantar.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("ktp_kk_ahli_waris")).sendKeys(files.resolve("kk.png").toAbsolutePath().toString());
        browser.screenshot("portal-ahli-waris");
        browser.press(By.id("submit"));

        String number = browser.waiting(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        assertThat(jdbc.sql("SELECT details_json FROM application WHERE registration_number = ?").param(number)
                .query(String.class).single()).contains("\"name\":\"Rosmawati Nasution\"", "\"relationship\":\"anak\"",
                "\"name\":\"Marlina Daulay\"");
    }

    @Test
    void citizenSubmitsTheDomisiliFormAndGetsAReceipt() {
        open("/");
        assertThat(text(By.id("layanan-domisili"))).contains("Surat Keterangan Domisili", "Gratis",
                "Kartu Keluarga (KK)", "1 hari kerja");
        browser.screenshot("portal-home");
        browser.phoneSize();
        browser.screenshot("portal-home-phone");
        browser.driver.findElement(By.linkText("Ajukan")).click();

        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nik")));
        assertThat(browser.driver.findElement(By.name("idempotencyKey")).getAttribute("value")).hasSize(36);
        fillApplicant(VALID_NIK);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = '2019-07-01'", browser.driver.findElement(By.id("domicileSince")));
        browser.driver.findElement(By.id("ktp")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.driver.findElement(By.id("kk")).sendKeys(files.resolve("kk.png").toAbsolutePath().toString());
        browser.driver.findElement(By.id("pengantar_rt_rw"))
                .sendKeys(files.resolve("pengantar.pdf").toAbsolutePath().toString());
        browser.screenshot("portal-form-phone");
        browser.press(By.id("submit"));

        String number = browser.waiting(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-number"))).getText();
        String code = text(By.id("tracking-code"));
        browser.screenshot("portal-receipt-phone");
        assertThat(number).matches("BTN-\\d{4}-\\d{6}");
        assertThat(code).isNotBlank();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/tanda-terima").doesNotContain(code);

        assertThat(jdbc.sql("select count(*) from application where registration_number = ? and tracking_code is not null")
                .param(number).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attachment a join application p on p.id = a.application_id"
                + " where p.registration_number = ?").param(number).query(Long.class).single()).isEqualTo(3);
        assertThat(applications.findForCitizen(number, code)).isPresent();

        Jobs.runDue(processEngine, number);
        assertWaitingForVerification(number);

        // the receipt link opens the tracking form with the number filled in
        browser.driver.findElement(By.linkText("Lacak permohonan")).click();
        WebElement numberInput = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nomor")));
        assertThat(numberInput.getAttribute("value")).isEqualTo(number);
    }

    @Test
    void invalidNikIsShownNextToTheFieldAndNothingIsStored() {
        long before = applicationCount();
        open("/layanan/domisili/ajukan");
        fillApplicant("123");
        browser.driver.findElement(By.id("ktp")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.press(By.id("submit"));

        WebElement error = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("nik-error")));
        assertThat(error.getText()).isEqualTo("NIK harus terdiri dari 16 angka.");
        assertThat(text(By.id("error-summary"))).contains("Periksa kembali isian yang ditandai");
        assertThat(text(By.id("kk-error"))).isEqualTo("Unggah Kartu Keluarga (KK).");
        // the KTP already sent stays with the form: nothing to pick again
        assertThat(browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-requirement=ktp] li.photo.done"))).getText()).contains("ktp.pdf");
        assertThat(browser.driver.findElement(By.id("file-note")).isDisplayed()).isFalse();
        // entered values are kept
        assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Siti Aminah Harahap");
        assertThat(browser.driver.findElement(By.id("nik")).getAttribute("value")).isEqualTo("123");
        browser.screenshot("portal-form-errors");
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void trackingWithNumberAndCodeShowsTheStatusAndAWrongCodeShowsNotFound() {
        Receipt receipt = submitDirectly();

        open("/lacak/" + receipt.registrationNumber());
        // locked in a fresh session: sent to the tracking form, number prefilled
        WebElement numberInput = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("nomor")));
        assertThat(numberInput.getAttribute("value")).isEqualTo(receipt.registrationNumber());

        browser.driver.findElement(By.id("kode")).sendKeys("SALAH-123");
        browser.press(By.id("submit"));
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .isEqualTo("Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.");
        browser.screenshot("portal-track-not-found");

        browser.driver.findElement(By.id("kode")).sendKeys(receipt.trackingCode());
        browser.press(By.id("submit"));
        WebElement status = browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(status.getText()).isEqualTo("Menunggu verifikasi berkas");
        assertThat(text(By.id("history"))).contains("Permohonan diterima.").containsPattern("\\d{1,2} \\p{L}+ \\d{4} \\d{2}:\\d{2}");
        assertThat(browser.driver.findElements(By.id("letter-link"))).isEmpty();
        browser.phoneSize();
        browser.screenshot("portal-status-phone");

        // an unknown number gives exactly the same answer
        open("/lacak");
        browser.driver.findElement(By.id("nomor")).sendKeys("BTN-1999-999999");
        browser.driver.findElement(By.id("kode")).sendKeys(receipt.trackingCode());
        browser.press(By.id("submit"));
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .isEqualTo("Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.");
    }

    @Test
    void returnedApplicationIsCorrectedThroughThePortal() {
        Receipt receipt = submitDirectly();
        Jobs.runDue(processEngine, receipt.registrationNumber());
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(receipt.registrationNumber()).singleResult()
                .getId();
        tasks.complete(taskId, Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN,
                ProcessIds.VAR_NOTE, "Foto KTP buram, unggah ulang."));
        Jobs.runDue(processEngine, receipt.registrationNumber());

        unlock(receipt);
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText())
                .isEqualTo("Dikembalikan untuk perbaikan");
        assertThat(text(By.id("correction-note"))).isEqualTo("Foto KTP buram, unggah ulang.");
        assertThat(text(By.id("correction-due"))).matches("\\d{1,2} \\p{L}+ \\d{4} \\d{2}:\\d{2} WIB");
        browser.phoneSize();
        browser.screenshot("portal-status-returned-phone");
        browser.driver.findElement(By.id("correction-link")).click();

        WebElement name = browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        assertThat(name.getAttribute("value")).isEqualTo("Siti Aminah Harahap");
        browser.screenshot("portal-correction-phone");
        browser.driver.findElement(By.id("ktp")).sendKeys(files.resolve("ktp.pdf").toAbsolutePath().toString());
        browser.press(By.id("submit"));

        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
                .startsWith("Perbaikan terkirim");
        assertThat(text(By.id("status"))).isEqualTo("Menunggu verifikasi berkas");
        assertWaitingForVerification(receipt.registrationNumber());

        // no longer returned: the correction page sends the citizen back to the status page
        open("/lacak/" + receipt.registrationNumber() + "/perbaikan");
        assertThat(browser.waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText())
                .isEqualTo("Permohonan ini tidak sedang menunggu perbaikan.");
    }

    private void unlock(Receipt receipt) {
        open("/lacak?nomor=" + receipt.registrationNumber());
        browser.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("kode")))
                .sendKeys(receipt.trackingCode());
        browser.press(By.id("submit"));
    }

    @Test
    void aTooLargeUploadGetsAReadablePageOnThePortalAndJsonOnTheApi() throws Exception {
        // beyond spring.servlet.multipart.max-file-size (16 MB): the container refuses it while reading
        byte[] seventeen = new byte[17 * 1024 * 1024];
        // as a browser: the form page gives the session and the form's address with its CSRF token
        id.layanankecamatan.support.Browserless form = new id.layanankecamatan.support.Browserless(baseUrl());
        String page = form.get("/layanan/domisili/ajukan").body();
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        HttpResponse<String> portal = postMultipart(action.group(1).replace("&amp;", "&"), "ktp", seventeen, "text/html",
                "JSESSIONID=" + form.session().orElseThrow());
        assertThat(portal.statusCode()).isEqualTo(413);
        assertThat(portal.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(portal.body()).contains("Berkas yang Anda pilih terlalu besar").doesNotContain("Whitelabel");

        HttpResponse<String> api = postMultipart("/api/v1/applications?service=domisili", "ktp", seventeen,
                "application/json", null);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(api.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownServiceGetsAnIndonesianNotFoundPage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/layanan/tidak-ada/ajukan")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Halaman tidak ditemukan").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> postMultipart(String path, String part, byte[] content, String accept, String cookie)
            throws Exception {
        String boundary = "----portaltest" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Receipt submitDirectly() {
        return applications.submit(new Submission("domisili", applicant(VALID_NIK), Samples.domisiliDetails(), List.of(
                new UploadedFile("ktp", "ktp.pdf", pdf()), new UploadedFile("kk", "kk.png", png()),
                new UploadedFile("pengantar_rt_rw", "p.pdf", pdf())), null, Submission.CHANNEL_ONLINE));
    }

    static ApplicantData applicant(String nik) {
        return new ApplicantData(nik, "Siti Aminah Harahap", "Jl. Merdeka No. 5", "003", "002", "Batunadua Julu",
                "Melamar pekerjaan", "siti@example.com", "081234567890");
    }

    private void fillApplicant(String nik) {
        ApplicantData a = applicant(nik);
        type("nik", a.nik());
        type("name", a.name());
        type("address", a.address());
        type("rt", a.rt());
        type("rw", a.rw());
        type("village", a.village());
        type("purpose", a.purpose());
        type("email", a.email());
        type("phone", a.phone());
    }

    private void type(String id, String value) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** The service process waits in its verification step, whose called instance waits at the officer's task. */
    private void assertWaitingForVerification(String businessKey) {
        ProcessInstance service = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("domisili").singleResult();
        assertThat(service).isWaitingAt(ProcessIds.CALL_VERIFICATION);
        assertThat(calledProcessInstance(ProcessIds.VERIFICATION, service)).isWaitingAt(ProcessIds.TASK_VERIFY);
    }

    private long applicationCount() {
        return jdbc.sql("select count(*) from application").query(Long.class).single();
    }

    private void open(String path) {
        browser.driver.get(baseUrl() + path);
    }

    private String text(By by) {
        return browser.driver.findElement(by).getText();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return Samples.png();
    }
}
