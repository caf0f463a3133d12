package id.layanankecamatan.staff;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A front-office officer registers a walk-in citizen's application at the counter (loket). */
class CounterIntakeTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void theCounterFormIsForStaffOnly() {
        assertThat(http.get("/staff/loket/domisili", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> page = http.get("/staff/loket/domisili", h -> h.set("Authorization", basic("petugas", "demo")));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("action=\"/staff/loket/domisili?_csrf=", "Surat Keterangan Domisili");
    }

    @Test
    void aWalkInApplicationRunsTheSameProcessAndRecordsTheOfficer() {
        ApplicantData a = Samples.applicant();
        // the form key is issued by the server to the officer's session (security review H1)
        ResponseEntity<String> form = http.get("/staff/loket/domisili", h -> h.set("Authorization", basic("petugas", "demo")));
        String session = form.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(key.find()).isTrue();
        ResponseEntity<String> answer = http.postMultipart("/staff/loket/domisili", new Http.Parts()
                .text("nik", a.nik()).text("name", "Budi Loket Siregar").text("address", a.address()).text("rt", a.rt())
                .text("rw", a.rw()).text("village", a.village()).text("purpose", a.purpose()).text("phone", a.phone())
                .text("domicileSince", "2019-07-01").text("idempotencyKey", key.group(1))
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> {
                    h.set("Authorization", basic("petugas", "demo"));
                    h.set(HttpHeaders.COOKIE, session);
                });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(answer.getHeaders().getLocation()).hasToString(baseUrl() + "/tanda-terima");
        String number = jdbc.sql("SELECT registration_number FROM application WHERE applicant_name = ? AND channel = 'loket'")
                .param("Budi Loket Siregar").query(String.class).single();
        assertThat(jdbc.sql("""
                SELECT e.actor || ':' || e.note FROM application_event e JOIN application a ON a.id = e.application_id
                WHERE a.registration_number = ?""").param(number).query(String.class).single())
                .isEqualTo("petugas:Permohonan didaftarkan di loket.");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("domisili").count()).isEqualTo(1);
    }
}
