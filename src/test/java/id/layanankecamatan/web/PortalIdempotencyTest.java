package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security review H1 on the portal: the form key is issued by the server to one session; a key from another
 * browser is a stale form and never shows anyone's receipt, while a double tap still makes one application.
 */
class PortalIdempotencyTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"(/layanan/domisili/ajukan[^\"]*)\"");

    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void aKeyFromAnotherSessionCannotShowTheFirstReceipt() {
        Browser victim = new Browser();
        String key = victim.openForm();
        ResponseEntity<String> sent = victim.submit(key, "Siti Korban Hasibuan", "kk");
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String receipt = victim.get("/tanda-terima").getBody();
        String number = between(receipt, "id=\"registration-number\"");
        long applications = applications();

        Browser attacker = new Browser();
        attacker.openForm();
        for (String name : List.of("Siti Korban Hasibuan", "Penyerang Contoh")) {
            ResponseEntity<String> attack = attacker.submit(key, name, "kk");
            assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(attack.getBody()).contains("Formulir ini sudah kedaluwarsa")
                    .doesNotContain(number, "registration-number", "tracking-code");
            // no receipt in this session: the receipt page sends to the tracking form
            ResponseEntity<String> receiptPage = attacker.get("/tanda-terima");
            assertThat(receiptPage.getStatusCode()).isEqualTo(HttpStatus.FOUND);
            assertThat(receiptPage.getHeaders().getLocation()).hasPath("/lacak");
        }
        // without any session at all (and so without the form's CSRF token)
        ResponseEntity<String> anonymous = new Browser().submit(key, "Penyerang Contoh", "kk");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getBody()).doesNotContain(number);
        assertThat(applications()).isEqualTo(applications);
    }

    @Test
    void anInvalidFormWithAForeignKeyGetsItsOrdinaryErrors() {
        Browser victim = new Browser();
        String key = victim.openForm();
        victim.submit(key, "Siti Korban Hasibuan", "kk");
        long applications = applications();

        Browser attacker = new Browser();
        attacker.openForm();
        ResponseEntity<String> attack = attacker.post(new Http.Parts().text("idempotencyKey", key).text("nik", "1"));

        assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(attack.getBody()).contains("NIK harus terdiri dari 16 angka.").doesNotContain("tracking-code");
        assertThat(applications()).isEqualTo(applications);
    }

    @Test
    void aDoubleTapInTheSameSessionMakesOneApplicationAndShowsTheSameReceipt() {
        Browser citizen = new Browser();
        String key = citizen.openForm();
        long applications = applications();

        assertThat(citizen.submit(key, "Siti Dua Kali", "kk").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String first = between(citizen.get("/tanda-terima").getBody(), "id=\"tracking-code\"");
        assertThat(citizen.submit(key, "Siti Dua Kali", "kk").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String second = between(citizen.get("/tanda-terima").getBody(), "id=\"tracking-code\"");

        assertThat(second).isEqualTo(first);
        assertThat(applications()).isEqualTo(applications + 1);
    }

    @Test
    void theSameFormSentAgainWithOtherContentAsksForAFreshFormAndStoresNothing() {
        Browser citizen = new Browser();
        String key = citizen.openForm();
        citizen.submit(key, "Siti Pertama", "kk");
        String number = between(citizen.get("/tanda-terima").getBody(), "id=\"registration-number\"");
        long applications = applications();

        ResponseEntity<String> again = citizen.submit(key, "Siti Pertama", "kk yang lain");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody()).contains("Formulir ini sudah pernah dikirim").doesNotContain(number);
        assertThat(applications()).isEqualTo(applications);
        // the form shown again carries a fresh key, with which the changed request goes through
        String fresh = key(again.getBody());
        assertThat(fresh).isNotEqualTo(key);
        assertThat(citizen.submit(fresh, "Siti Pertama", "kk yang lain").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(applications()).isEqualTo(applications + 1);
    }

    @Test
    void eachFormViewGetsItsOwnKeyAndTheSessionKeepsOnlyTheLatestOnes() {
        Browser citizen = new Browser();
        String oldest = citizen.openForm();
        String next = citizen.openForm();
        assertThat(next).isNotEqualTo(oldest).hasSize(36);
        for (int i = 0; i < 30; i++) {
            citizen.openForm();
        }
        ResponseEntity<String> stale = citizen.submit(oldest, "Siti Lama", "kk");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stale.getBody()).contains("Formulir ini sudah kedaluwarsa");
    }

    private long applications() {
        return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    }

    private static String key(String page) {
        Matcher m = KEY.matcher(page);
        assertThat(m.find()).as("form key in page").isTrue();
        return m.group(1);
    }

    /** The text of the element that starts with the given attribute. */
    private static String between(String page, String attribute) {
        int at = page.indexOf(attribute);
        assertThat(at).as(attribute).isNotNegative();
        int start = page.indexOf('>', at) + 1;
        return page.substring(start, page.indexOf('<', start)).strip();
    }

    /** One browser: keeps its session cookie. */
    private final class Browser {
        private String cookie;
        private String action = "/layanan/domisili/ajukan";

        String openForm() {
            return key(get("/layanan/domisili/ajukan").getBody());
        }

        ResponseEntity<String> get(String path) {
            return remember(http.get(path, this::headers));
        }

        ResponseEntity<String> submit(String key, String name, String kk) {
            ApplicantData a = Samples.applicant();
            return post(new Http.Parts().text("idempotencyKey", key).text("nik", a.nik()).text("name", name)
                    .text("address", a.address()).text("rt", a.rt()).text("rw", a.rw()).text("village", a.village())
                    .text("purpose", a.purpose()).text("email", a.email()).text("domicileSince", "2019-07-01")
                    .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf(kk))
                    .file("pengantar_rt_rw", "rt.png", Samples.png()));
        }

        /** Posts where the last page's form posts (its address carries the CSRF token). */
        ResponseEntity<String> post(Http.Parts parts) {
            return remember(http.postMultipart(java.net.URLDecoder.decode(action, java.nio.charset.StandardCharsets.UTF_8), parts.build(), this::headers));
        }

        private void headers(HttpHeaders headers) {
            if (cookie != null) {
                headers.set(HttpHeaders.COOKIE, cookie);
            }
        }

        private ResponseEntity<String> remember(ResponseEntity<String> response) {
            List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
            if (set != null) {
                set.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                        .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            }
            if (response.getBody() != null) {
                Matcher form = ACTION.matcher(response.getBody());
                if (form.find()) {
                    action = form.group(1).replace("&amp;", "&");
                }
            }
            return response;
        }
    }
}
