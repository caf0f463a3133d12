package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.StagedScans;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.PortalClient.LoadedForm;
import id.layanankecamatan.support.PortalClient.Part;
import id.layanankecamatan.support.Samples;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: the application form's script sends each scan on its own as soon as it is chosen, and the form then
 * names it by id. A staged scan is worth something only to the form that staged it, and is not kept longer than
 * its purpose needs.
 */
class StagedScanTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "/layanan/domisili/ajukan";
    private static final String STAGE = FORM + "/berkas";

    @Autowired JdbcClient jdbc;
    @Autowired StagedScans staged;

    @Test
    void aScanStagedByTheFormGoesWithItsSubmissionAndIsLetGoAfterwards() throws Exception {
        PortalClient citizen = new PortalClient(baseUrl());
        LoadedForm form = citizen.load(FORM);
        byte[] ktp = Samples.scannedPng();
        HttpResponse<String> answer = citizen.submit(form, STAGE, List.of(Part.file("ktp", "ktp.png", ktp)));
        assertThat(answer.statusCode()).isEqualTo(201);
        String id = JSON.readTree(answer.body()).get("id").asText();

        HttpResponse<String> sent = citizen.submit(form, FORM, application("Siti Bertahap", "staged.ktp", id));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/tanda-terima");
        byte[] stored = jdbc.sql("""
                SELECT a.content FROM attachment a JOIN application p ON p.id = a.application_id
                WHERE p.applicant_name = 'Siti Bertahap' AND a.requirement_code = 'ktp'""")
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(stored).isEqualTo(stagedContent(id));
        assertThat(jdbc.sql("SELECT submitted_at FROM staged_scan WHERE id = ?").param(id)
                .query(OffsetDateTime.class).single()).isNotNull();

        // a second tap of the same form: the same application, not a second one
        assertThat(citizen.submit(form, FORM, application("Siti Bertahap", "staged.ktp", id)).statusCode())
                .isEqualTo(302);
        assertThat(applicationsNamed("Siti Bertahap")).isEqualTo(1);
    }

    @Test
    void anIdStagedInAnotherBrowserCountsAsMissing() throws Exception {
        PortalClient owner = new PortalClient(baseUrl());
        LoadedForm ownersForm = owner.load(FORM);
        String id = JSON.readTree(owner.submit(ownersForm, STAGE,
                List.of(Part.file("ktp", "ktp.png", Samples.scannedPng()))).body()).get("id").asText();

        PortalClient other = new PortalClient(baseUrl());
        HttpResponse<String> refused = other.submit(FORM, FORM, application("Penyerang Contoh", "staged.ktp", id));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("tidak ditemukan lagi");
        assertThat(applicationsNamed("Penyerang Contoh")).isZero();
        // and the same browser's other form cannot take it either: a staged scan belongs to one form
        HttpResponse<String> otherForm = owner.submit(FORM, FORM, application("Pemilik Formulir Lain", "staged.ktp", id));
        assertThat(otherForm.statusCode()).isEqualTo(400);
        assertThat(applicationsNamed("Pemilik Formulir Lain")).isZero();
    }

    @Test
    void aKeyThisSessionWasNotGivenAFileForNoRequirementAndABadFileAreRefusedInIndonesian() throws Exception {
        PortalClient citizen = new PortalClient(baseUrl());
        LoadedForm form = citizen.load(FORM);
        PortalClient stranger = new PortalClient(baseUrl());
        String strangersKey = stranger.load(FORM).hiddenInputs().get("idempotencyKey");
        long before = stagedCount();

        for (String key : new String[] {strangersKey, "tebakan", ""}) {
            HttpResponse<String> stale = citizen.submit(form, STAGE, List.of(Part.text("idempotencyKey", key),
                    Part.file("ktp", "ktp.png", Samples.scannedPng())));
            assertThat(stale.statusCode()).as(key).isEqualTo(409);
            assertThat(message(stale)).contains("kedaluwarsa");
        }

        HttpResponse<String> unknown = citizen.submit(form, STAGE,
                List.of(Part.file("ijazah", "ijazah.png", Samples.scannedPng())));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(message(unknown)).contains("bukan persyaratan layanan ini");

        HttpResponse<String> notAScan = citizen.submit(form, STAGE,
                List.of(Part.file("ktp", "ktp.jpg", "<html><script>alert(1)</script>".getBytes())));
        assertThat(notAScan.statusCode()).isEqualTo(400);
        assertThat(message(notAScan)).contains("Jenis berkas tidak didukung");

        HttpResponse<String> two = citizen.submit(form, STAGE, List.of(Part.file("ktp", "a.png", Samples.scannedPng()),
                Part.file("kk", "b.png", Samples.scannedPng())));
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(message(two)).contains("tepat satu berkas");
        assertThat(stagedCount()).isEqualTo(before);
    }

    @Test
    void aReopenedPageAsksWhichOfItsDraftsScansStillCount() throws Exception {
        PortalClient citizen = new PortalClient(baseUrl());
        LoadedForm form = citizen.load(FORM);
        String key = form.hiddenInputs().get("idempotencyKey");
        String id = JSON.readTree(citizen.submit(form, STAGE,
                List.of(Part.file("ktp", "ktp.png", Samples.scannedPng()))).body()).get("id").asText();
        String check = STAGE + "/periksa";

        JsonNode kept = JSON.readTree(citizen.submit(form, check, List.of(Part.text("idempotencyKey", key),
                Part.text("ids", id), Part.text("ids", "000000000000000000000000000000"))).body());
        assertThat(kept.get("form").asBoolean()).isTrue();
        assertThat(kept.get("kept").toString()).isEqualTo("[\"" + id + "\"]");

        // in another session (the citizen's session ended) the draft's key and scans count for nothing
        PortalClient later = new PortalClient(baseUrl());
        LoadedForm newForm = later.load(FORM);
        JsonNode gone = JSON.readTree(later.submit(newForm, check, List.of(Part.text("idempotencyKey", key),
                Part.text("ids", id))).body());
        assertThat(gone.get("form").asBoolean()).isFalse();
        assertThat(gone.get("kept")).isEmpty();
    }

    @Test
    void stagedScansAreDeletedWhenTheirPurposeIsOver() throws Exception {
        PortalClient citizen = new PortalClient(baseUrl());
        LoadedForm form = citizen.load(FORM);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(JSON.readTree(citizen.submit(form, STAGE,
                    List.of(Part.file("ktp", "ktp.png", Samples.scannedPng()))).body()).get("id").asText());
        }
        OffsetDateTime now = OffsetDateTime.now();
        // never sent, a day old; sent two hours ago; staged just now
        jdbc.sql("UPDATE staged_scan SET created_at = ? WHERE id = ?").params(now.minusHours(25), ids.get(0)).update();
        jdbc.sql("UPDATE staged_scan SET submitted_at = ? WHERE id = ?").params(now.minusHours(2), ids.get(1)).update();

        staged.deleteExpired();

        assertThat(jdbc.sql("SELECT id FROM staged_scan WHERE id IN (?, ?, ?)").params(ids.get(0), ids.get(1), ids.get(2))
                .query(String.class).list()).containsExactly(ids.get(2));
    }

    @Test
    void theCounterStagesOnlyForLoggedInStaff() throws Exception {
        PortalClient anonymous = new PortalClient(baseUrl());
        HttpResponse<String> answer = anonymous.submit(FORM, "/staff/loket/domisili/berkas",
                List.of(Part.file("ktp", "ktp.png", Samples.scannedPng())));
        assertThat(answer.statusCode()).isIn(302, 401, 403);
        assertThat(answer.body()).doesNotContain("\"id\":");
    }

    private List<Part> application(String name, String stagedField, String stagedId) {
        ApplicantData a = Samples.applicant();
        return List.of(Part.text("nik", a.nik()), Part.text("name", name), Part.text("address", a.address()),
                Part.text("rt", a.rt()), Part.text("rw", a.rw()), Part.text("village", a.village()),
                Part.text("purpose", a.purpose()), Part.text("email", a.email()),
                Part.text("domicileSince", "2019-07-01"), Part.text(stagedField, stagedId),
                Part.file("kk", "kk.pdf", Samples.pdf("kk")),
                Part.file("pengantar_rt_rw", "rt.pdf", Samples.pdf("pengantar")));
    }

    private byte[] stagedContent(String id) {
        return jdbc.sql("SELECT content FROM staged_scan WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private long applicationsNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE applicant_name = ?").param(name)
                .query(Long.class).single();
    }

    private long stagedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM staged_scan").query(Long.class).single();
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        JsonNode body = JSON.readTree(answer.body());
        return body.get("message").asText();
    }
}
