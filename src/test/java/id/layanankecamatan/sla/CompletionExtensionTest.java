package id.layanankecamatan.sla;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** One extension of the completion time, with a reason, where the catalogue allows it; the citizen sees it. */
class CompletionExtensionTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anOfficerExtendsOnceWithAReasonAndTheCitizenSeesTheNewTime() throws Exception {
        // Monday 08:00; SKU promises 2 working days (Wednesday 16:00) and may be extended by 2 more
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2037-06-01T08:00:00+07:00").toInstant()));
        Receipt receipt = applications.submit(Samples.submission(catalog.get("sku")));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        // the officer's form shows the promise and where to extend it
        org.camunda.bpm.engine.task.Task verify = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(receipt.registrationNumber()).singleResult();
        assertThat(String.valueOf(processEngine.getTaskService().getVariableLocal(verify.getId(), "deadlineText")))
                .contains("Dijanjikan selesai **3 Juni 2037 16:00 WIB**",
                        "(/staff/permohonan/" + receipt.registrationNumber() + "/perpanjangan)");
        Http http = new Http(baseUrl());
        String path = "/api/v1/sla/applications/" + receipt.registrationNumber() + "/extension";
        String body = "{\"reason\": \"Survei lapangan tertunda karena banjir\"}";

        assertThat(http.postJson(path, body, h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> tooShort = http.postJson(path, "{\"reason\": \"banjir\"}", petugas());
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooShort.getBody()).contains("Tuliskan alasan perpanjangan");

        ResponseEntity<String> granted = http.postJson(path, body, petugas());
        assertThat(granted.getStatusCode()).as(granted.getBody()).isEqualTo(HttpStatus.OK);
        // from Wednesday's closing: Thursday and Friday are not enough for two days; Monday 16:00
        assertThat(OffsetDateTime.parse(JSON.readTree(granted.getBody()).get("dueAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2037-06-08T16:00:00+07:00").toInstant());

        ResponseEntity<String> again = http.postJson(path, body, petugas());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("sudah pernah diperpanjang");

        JsonNode record = JSON.readTree(http.get("/api/v1/sla/applications/" + receipt.registrationNumber(),
                petugas()).getBody());
        assertThat(record.at("/application/extendedBy").asText()).isEqualTo("petugas");
        assertThat(record.at("/application/extensionReason").asText()).isEqualTo("Survei lapangan tertunda karena banjir");
        assertThat(record.get("steps")).hasSize(1);

        JsonNode citizen = JSON.readTree(http.get("/api/v1/applications/" + receipt.registrationNumber(),
                h -> h.set("X-Tracking-Code", receipt.trackingCode())).getBody());
        assertThat(OffsetDateTime.parse(citizen.get("promisedCompletion").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2037-06-08T16:00:00+07:00").toInstant());
        assertThat(citizen.get("history").toString()).contains(
                "Waktu penyelesaian diperpanjang sampai 8 Juni 2037 16:00 WIB. Alasan: Survei lapangan tertunda karena banjir");
    }

    @Test
    void aServiceWithoutAnExtensionInItsStandardRefusesIt() {
        Receipt receipt = applications.submit(Samples.submission(catalog.get("domisili")));
        Http http = new Http(baseUrl());
        ResponseEntity<String> refused = http.postJson("/api/v1/sla/applications/" + receipt.registrationNumber()
                + "/extension", "{\"reason\": \"Penandatangan sedang dinas luar\"}", petugas());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("tidak mengizinkan perpanjangan");
        assertThat(http.postJson("/api/v1/sla/applications/BTN-1999-000001/extension",
                "{\"reason\": \"Penandatangan sedang dinas luar\"}", petugas()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // the officer's page says so too
        String page = HtmlUtils.htmlUnescape(http.get("/staff/permohonan/" + receipt.registrationNumber()
                + "/perpanjangan", petugas()).getBody());
        assertThat(page).contains(receipt.registrationNumber(), "tidak mengizinkan perpanjangan")
                .doesNotContain("Perpanjang waktu</button>");
    }

    @Test
    void onlyTheHolderOfTheOpenStepOrTheCamatMayExtend() {
        Receipt receipt = applications.submit(Samples.submission(catalog.get("sku")));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        Http http = new Http(baseUrl());
        String path = "/api/v1/sla/applications/" + receipt.registrationNumber() + "/extension";
        String body = "{\"reason\": \"Survei lapangan tertunda karena banjir\"}";
        // verification is front-office work: the kasi ekbang holds no step of this application yet
        ResponseEntity<String> refused = http.postJson(path, body, as("kasiekbang"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody()).contains("Hanya pemegang langkah");
        String page = HtmlUtils.htmlUnescape(http.postForm("/staff/permohonan/" + receipt.registrationNumber()
                + "/perpanjangan", "alasan=Survei+lapangan+tertunda+karena+banjir", as("kasiekbang")).getBody());
        assertThat(page).contains("Hanya pemegang langkah");
        assertThat(http.postForm("/staff/permohonan/" + receipt.registrationNumber() + "/perpanjangan",
                "alasan=Survei+lapangan+tertunda+karena+banjir", as("kasiekbang")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // once another officer claimed the step, a fellow candidate no longer holds it
        org.camunda.bpm.engine.task.Task verify = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(receipt.registrationNumber()).singleResult();
        processEngine.getTaskService().claim(verify.getId(), "someone-else");
        assertThat(http.postJson(path, body, petugas()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // the camat may always
        ResponseEntity<String> camat = http.postJson(path, body, as("camat"));
        assertThat(camat.getStatusCode()).as(camat.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> as(String user) {
        return h -> h.set("Authorization", basic(user, "demo"));
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> petugas() {
        return h -> h.set("Authorization", basic("petugas", "demo"));
    }
}
