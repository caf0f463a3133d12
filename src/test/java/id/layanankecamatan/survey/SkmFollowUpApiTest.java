package id.layanankecamatan.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.WebappLogin;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The camat's follow-up plan read back (who entered it, when), written from a webapp session with the staff API's
 * CSRF token, and the review periods counted on the office's clock. Period 2044 is this test's own.
 */
class SkmFollowUpApiTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_HALF = "/api/v1/sla/skm/follow-up?from=2044-01-01&to=2044-06-30";
    private static final String SECOND_HALF_SKU = "/api/v1/sla/skm/follow-up?from=2044-07-01&to=2044-12-31&service=sku";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void thePlanIsReadBackWithWhoEnteredItAndWhenAndOnlyTheCamatMayEditIt() throws Exception {
        JsonNode none = JSON.readTree(http.get(FIRST_HALF, as("petugas")).getBody());
        assertThat(none.get("plan").isNull()).isTrue();
        assertThat(none.get("mayEdit").asBoolean()).isFalse();
        // a script with Basic credentials gets no token, and no session either
        assertThat(none.get("csrf").isNull()).isTrue();
        assertThat(JSON.readTree(http.get(FIRST_HALF, as("camat")).getBody()).get("mayEdit").asBoolean()).isTrue();

        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(http.putJson(FIRST_HALF, "{\"plan\": \"Loket kedua dibuka.\"}", as("camat")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.putJson(FIRST_HALF, "{\"plan\": \"Loket ketiga dibuka.\"}", as("camat")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> read = http.get(FIRST_HALF, as("petugas"));
        assertThat(read.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        JsonNode saved = JSON.readTree(read.getBody());
        assertThat(saved.get("plan").asText()).isEqualTo("Loket ketiga dibuka.");
        assertThat(saved.get("enteredBy").asText()).isEqualTo("camat");
        assertThat(saved.get("enteredByName").asText()).isNotBlank().isNotEqualTo("camat");
        OffsetDateTime at = OffsetDateTime.parse(saved.get("enteredAt").asText());
        assertThat(at).isAfterOrEqualTo(before).isBeforeOrEqualTo(OffsetDateTime.now().plusSeconds(1));
        assertThat(at.getOffset().getTotalSeconds()).as("on the office's clock (WIB)").isEqualTo(7 * 3600);
        // per scope: the whole office's plan is not the service's
        assertThat(JSON.readTree(http.get(SECOND_HALF_SKU, as("camat")).getBody()).get("plan").isNull()).isTrue();
        JsonNode unknown = JSON.readTree(http.get(FIRST_HALF + "&service=tidak-ada", as("camat")).getBody());
        assertThat(unknown.get("title").asText()).isEqualTo("Layanan tidak dikenal");
    }

    @Test
    void aWriteFromTheWebappSessionNeedsTheTokenTheGetGives() throws Exception {
        String session = WebappLogin.session(http, "camat");
        Consumer<HttpHeaders> cookie = h -> h.set(HttpHeaders.COOKIE, session);

        JsonNode view = JSON.readTree(http.get(SECOND_HALF_SKU, cookie).getBody());
        JsonNode csrf = view.get("csrf");
        assertThat(csrf.get("header").asText()).isEqualTo("X-CSRF-TOKEN");

        ResponseEntity<String> withoutToken = http.putJson(SECOND_HALF_SKU, "{\"plan\": \"Tanpa token.\"}", cookie);
        ResponseEntity<String> webappToken = http.putJson(SECOND_HALF_SKU, "{\"plan\": \"Token Camunda.\"}",
                cookie.andThen(h -> h.set("X-XSRF-TOKEN", csrf.get("token").asText())));
        ResponseEntity<String> withToken = http.putJson(SECOND_HALF_SKU, "{\"plan\": \"Dengan token.\"}",
                cookie.andThen(h -> h.set(csrf.get("header").asText(), csrf.get("token").asText())));

        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(JSON.readTree(http.get(SECOND_HALF_SKU, cookie).getBody()).get("plan").asText())
                .isEqualTo("Dengan token.");
    }

    @Test
    void thePeriodsAreCountedBackFromTheOfficesToday() throws Exception {
        // 17:30 UTC on 9 February is already 10 February in Padangsidimpuan (WIB)
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2047-02-09T17:30:00Z").toInstant()));
        JsonNode february = JSON.readTree(http.get("/api/v1/sla/skm/periods", as("petugas")).getBody());
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2047-07-01T08:00:00+07:00").toInstant()));
        JsonNode july = JSON.readTree(http.get("/api/v1/sla/skm/periods", as("petugas")).getBody());

        assertThat(february.get("today").asText()).isEqualTo("2047-02-10");
        assertThat(february.get("timeZoneName").asText()).isEqualTo("WIB");
        assertThat(february.get("periods")).extracting(p -> p.get("code").asText() + " " + p.get("from").asText()
                + " " + p.get("to").asText() + " " + p.get("label").asText()).containsExactly(
                "12-bulan 2046-02-11 2047-02-10 12 bulan terakhir (11 Februari 2046 – 10 Februari 2047)",
                "semester-lalu 2046-07-01 2046-12-31 Semester II 2046 (1 Juli 2046 – 31 Desember 2046)",
                "tahun-lalu 2046-01-01 2046-12-31 Tahun 2046 (1 Januari 2046 – 31 Desember 2046)");
        assertThat(july.get("periods").get(1).get("label").asText())
                .isEqualTo("Semester I 2047 (1 Januari 2047 – 30 Juni 2047)");
    }

    private static Consumer<HttpHeaders> as(String user) {
        return headers -> headers.set("Authorization", Http.basic(user, "demo"));
    }
}
