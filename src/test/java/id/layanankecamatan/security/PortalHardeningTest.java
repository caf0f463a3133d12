package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Browserless;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 9, item 9: CSRF tokens on portal forms, a new session id on unlock, security headers, Secure cookies. */
class PortalHardeningTest extends IntegrationTest {

    @Autowired
    ApplicationService applicationService;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    ServiceCatalog catalog;

    private Receipt receipt;
    private Browserless browser;

    @BeforeEach
    void anApplication() {
        receipt = applicationService.submit(Samples.submission(catalog.get("domisili")));
        browser = new Browserless(baseUrl());
    }

    @Test
    void aPortalPostWithoutTheFormsTokenIsRefusedAndChangesNothing() throws Exception {
        Map<String, String> fields = unlock(browser);
        // cancelling needs the token of the status page's form
        HttpResponse<String> withoutToken = browser.postForm("/lacak/" + receipt.registrationNumber() + "/batal", Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("Formulir sudah kedaluwarsa");
        assertThat(status()).isNotEqualTo(ApplicationStatus.CANCELLED);

        // a cross-site form cannot unlock an application into the victim's session either
        Browserless victim = new Browserless(baseUrl());
        victim.get("/lacak");
        HttpResponse<String> forged = victim.postForm("/lacak", Map.of("nomor", receipt.registrationNumber(),
                "kode", receipt.trackingCode()), "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);

        // with the page's own token the same request works
        HttpResponse<String> page = browser.get("/lacak/" + receipt.registrationNumber());
        HttpResponse<String> cancel = browser.postForm("/lacak/" + receipt.registrationNumber() + "/batal",
                Browserless.hiddenFields(page.body()));
        assertThat(cancel.statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo(ApplicationStatus.CANCELLED);
        assertThat(fields).isNotEmpty();
    }

    @Test
    void anApplicationFormPostedWithoutTokenStoresNothing() throws Exception {
        long before = applicationCount();
        browser.get("/layanan/domisili/ajukan");
        HttpResponse<String> post = browser.postForm("/layanan/domisili/ajukan", Map.of("nik", Samples.NIK));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void unlockingGivesTheBrowserANewSessionAndThePlantedOneUnlocksNothing() throws Exception {
        browser.get("/lacak");
        String planted = browser.session().orElseThrow();
        unlock(browser);
        String afterUnlock = browser.session().orElseThrow();
        assertThat(afterUnlock).isNotEqualTo(planted);
        assertThat(browser.get("/lacak/" + receipt.registrationNumber()).statusCode()).isEqualTo(200);

        // whoever planted the first id sees nothing
        Browserless attacker = new Browserless(baseUrl());
        attacker.useSession(planted);
        HttpResponse<String> status = attacker.get("/lacak/" + receipt.registrationNumber());
        assertThat(status.statusCode()).isEqualTo(302);
        assertThat(status.headers().firstValue("Location").orElseThrow()).contains("/lacak?nomor=");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/lacak", "/layanan/domisili/ajukan", "/verifikasi"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).as(path).contains("geolocation=()");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        HttpResponse<String> staff = new Browserless(baseUrl()).get("/staff/surat",
                "Authorization", id.layanankecamatan.support.Http.basic("camat", "demo"));
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = browser.get("/lacak", "X-Forwarded-Proto", "https");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        HttpResponse<String> plain = new Browserless(baseUrl()).get("/lacak");
        assertThat(plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow()).doesNotContain("Secure");
    }

    @Test
    void aBrowserIsNeverAskedForBasicCredentials() throws Exception {
        HttpResponse<String> staffPage = new Browserless(baseUrl()).get("/staff/surat");
        assertThat(staffPage.statusCode()).isEqualTo(401);
        assertThat(staffPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(staffPage.body()).contains("Masuk lewat Tasklist");
        HttpResponse<String> engine = new Browserless(baseUrl()).get("/engine-rest/task");
        assertThat(engine.statusCode()).isEqualTo(401);
        assertThat(engine.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    /** Opens the tracking form and unlocks the application with its own token; returns the fields sent. */
    private Map<String, String> unlock(Browserless client) throws Exception {
        HttpResponse<String> form = client.get("/lacak");
        Map<String, String> fields = new HashMap<>(Browserless.hiddenFields(form.body()));
        fields.put("nomor", receipt.registrationNumber());
        fields.put("kode", receipt.trackingCode());
        HttpResponse<String> unlocked = client.postForm("/lacak", fields);
        assertThat(unlocked.statusCode()).isEqualTo(302);
        return fields;
    }

    private long applicationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    }

    private ApplicationStatus status() {
        return applications.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow().status();
    }
}
