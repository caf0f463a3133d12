package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.document.VerificationCode;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person holding a letter does on a phone: type the code (or scan the QR code), upload the PDF they
 * received; and the camat revoking a letter from the archive after logging in to the Camunda webapps.
 */
class VerificationBrowserTest extends BrowserTest {

    @TempDir
    static Path files;

    @Autowired
    ApplicationService applications;
    @Autowired
    LetterService letters;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReaderChecksTheCodeAndTheFileTheyReceived() throws Exception {
        Letter letter = issue();
        Path genuine = Files.write(files.resolve("surat.pdf"), letter.pdf());
        byte[] changed = letter.pdf().clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("<pdf:Producer>Layanan") + 14;
        changed[at] = 'K';
        Path altered = Files.write(files.resolve("surat-diubah.pdf"), changed);
        browser.phoneSize();

        browser.driver.get(baseUrl() + "/verifikasi");
        browser.driver.findElement(By.id("kode")).sendKeys(VerificationCode.display(letter.verificationCode())
                .toLowerCase());
        browser.driver.findElement(By.id("check-code")).click();
        browser.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "TERDAFTAR"));
        assertThat(browser.driver.findElement(By.id("number")).getText()).isEqualTo(letter.number());
        assertThat(browser.driver.findElement(By.id("applicant")).getText()).isEqualTo("S*** N******* H*******");
        assertThat(browser.driver.findElement(By.id("sha256")).getText()).isEqualTo(letter.sha256());
        browser.screenshot("verification-page");

        browser.driver.findElement(By.id("berkas")).sendKeys(genuine.toAbsolutePath().toString());
        browser.driver.findElement(By.id("check-file")).click();
        browser.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "ASLI"));
        browser.screenshot("verification-genuine-file");

        browser.driver.findElement(By.id("berkas")).sendKeys(altered.toAbsolutePath().toString());
        browser.driver.findElement(By.id("check-file")).click();
        browser.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"),
                "TIDAK SESUAI"));
        assertThat(browser.driver.findElement(By.id("verdict")).getText())
                .contains("isi berkas telah diubah setelah ditandatangani");
        browser.screenshot("verification-altered-file");
    }

    @Test
    void theCamatRevokesALetterAndItsPageSaysSo() {
        Letter letter = issue();
        browser.desktopSize();
        browser.driver.manage().deleteAllCookies();
        browser.logInToCamunda(baseUrl() + "/camunda/app/tasklist/default/", "camat");
        browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Tugas grup saya")));

        browser.driver.get(baseUrl() + "/staff/surat?nomor=" + letter.number());
        String section = "letter-" + letter.verificationCode();
        browser.driver.findElement(By.cssSelector("#" + section + " textarea"))
                .sendKeys("Surat diterbitkan atas data yang keliru");
        browser.driver.findElement(By.cssSelector("#" + section + " button")).click();
        browser.waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Surat nomor " + letter.number() + " telah dicabut."));
        browser.screenshot("letter-archive-revoked");

        browser.driver.get(baseUrl() + "/verifikasi/" + letter.verificationCode());
        assertThat(browser.driver.findElement(By.id("status")).getText()).startsWith("DICABUT");
        assertThat(browser.driver.findElement(By.id("revocation-reason")).getText())
                .isEqualTo("Surat diterbitkan atas data yang keliru");
        browser.screenshot("verification-revoked");
    }

    private Letter issue() {
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        StaffWork.verified(processEngine, receipt.registrationNumber());
        return new TransactionTemplate(transactions)
                .execute(s -> letters.issue(receipt.registrationNumber(), "camat"));
    }
}
