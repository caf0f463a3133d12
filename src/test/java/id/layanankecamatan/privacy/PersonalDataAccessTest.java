package id.layanankecamatan.privacy;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may open a citizen's scans, letter preview and data on the staff side: the holders of the application's
 * open tasks, those whose step it passed, the camat and the administrators. Anyone else gets the answer of an
 * unknown number, and every attempt is in the access log.
 */
class PersonalDataAccessTest extends IntegrationTest {

    @Autowired ApplicationService applications;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void onlyTheHoldersOfTheApplicationsWorkTheCamatAndTheAdminReadItsPersonalData() {
        String number = domisili();
        long scan = firstScan(number);
        String scanPath = "/staff/applications/" + number + "/attachments/" + scan;
        String previewPath = "/staff/applications/" + number + "/letter-preview";
        String dataPath = "/staff/applications/" + number;

        // the Kasi Ekonomi dan Pembangunan has no task of a Domisili application: it looks like an unknown number
        for (String path : List.of(scanPath, previewPath, dataPath)) {
            ResponseEntity<String> refused = as("kasiekbang", path);
            ResponseEntity<String> unknown = as("kasiekbang", path.replace(number, "BTN-1999-999999"));
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).isEqualTo(unknown.getBody());
        }
        // the front office holds the open verification task (candidate group); the camat and admin always may
        for (String user : List.of("petugas", "camat", "admin")) {
            assertThat(bytesAs(user, scanPath).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(bytesAs(user, previewPath).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> page = as("petugas", dataPath);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(Samples.NIK, "Siti Nur&#39;aini Hasibuan", "Jl. Merdeka No. 5",
                "081234567890", "Melamar pekerjaan", scanPath, previewPath);

        // once the officer's step has passed (he completed it), he still may; the Kasi Ekbang still may not
        Task verify = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult();
        tasks.claim(verify.getId(), "petugas");
        tasks.complete(verify.getId(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Jobs.runDue(processEngine, number);
        assertThat(bytesAs("petugas", scanPath).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytesAs("kasiekbang", scanPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the kepala seksi pemerintahan initials the draft: a candidate of the open paraf task, but not yet the sekcam
        assertThat(bytesAs("kasipem", previewPath).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytesAs("sekcam", previewPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // after the parafs, the sekcam may sign a Domisili letter: a candidate of the open signing task
        Parafs.giveAll(processEngine, number);
        assertThat(bytesAs("sekcam", previewPath).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytesAs("kasikesos", previewPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAllowedReadWritesExactlyOneEntryAndARefusedReadARefusal() {
        String number = domisili();
        long scan = firstScan(number);
        String scanPath = "/staff/applications/" + number + "/attachments/" + scan;
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();

        assertThat(bytesAs("petugas", scanPath).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entries(number)).containsExactly(
                "petugas|SCAN:" + scan + "|ALLOWED|task:" + taskId + " Verifikasi berkas permohonan");

        assertThat(bytesAs("kasiekbang", scanPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("camat", "/staff/applications/" + number + "/letter-preview").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("petugas", "/staff/applications/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(entries(number)).containsExactly(
                "petugas|SCAN:" + scan + "|ALLOWED|task:" + taskId + " Verifikasi berkas permohonan",
                "kasiekbang|SCAN:" + scan + "|REFUSED|-",
                "camat|LETTER_PREVIEW|ALLOWED|camat",
                "petugas|APPLICANT_DATA|ALLOWED|task:" + taskId + " Verifikasi berkas permohonan");
    }

    @Test
    void onlyTheCamatAndTheAdminReadTheAccessLog() throws Exception {
        String number = domisili();
        bytesAs("kasiekbang", "/staff/applications/" + number + "/letter-preview");

        ResponseEntity<String> api = as("camat", "/api/v1/access-log?registrationNumber=" + number);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entries = json.readTree(api.getBody()).get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("userId").asText()).isEqualTo("kasiekbang");
        assertThat(entries.get(0).get("item").asText()).isEqualTo("LETTER_PREVIEW");
        assertThat(entries.get(0).get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(as("admin", "/api/v1/access-log?registrationNumber=" + number).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> page = as("camat", "/staff/akses-data?nomor=" + number);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Log akses data pribadi", number, "kasiekbang", "Ditolak");

        for (String user : List.of("petugas", "sekcam", "kasiekbang")) {
            assertThat(as(user, "/api/v1/access-log?registrationNumber=" + number).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user, "/staff/akses-data").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.get("/api/v1/access-log", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // nothing changes the log
        assertThat(http.delete("/api/v1/access-log", h -> h.set("Authorization", basic("admin", "demo")))
                .getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void theDatabaseRefusesToChangeTheAccessLog() {
        String number = domisili();
        bytesAs("kasiekbang", "/staff/applications/" + number + "/letter-preview");
        for (String change : List.of("UPDATE personal_data_access SET outcome = 'ALLOWED' WHERE registration_number = ?",
                "DELETE FROM personal_data_access WHERE registration_number = ?")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(change).param(number).update())
                    .hasMessageContaining("append-only");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("TRUNCATE personal_data_access").update())
                .hasMessageContaining("append-only");
    }

    private String domisili() {
        String number = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        return number;
    }

    private long firstScan(String number) {
        return jdbc.sql("SELECT MIN(t.id) FROM attachment t JOIN application a ON a.id = t.application_id "
                + "WHERE a.registration_number = ?").param(number).query(Long.class).single();
    }

    private List<String> entries(String number) {
        return jdbc.sql("SELECT user_id || '|' || item || '|' || outcome || '|' || COALESCE(reason, '-') "
                + "FROM personal_data_access WHERE registration_number = ? ORDER BY id").param(number)
                .query(String.class).list();
    }

    private ResponseEntity<String> as(String user, String path) {
        return http.get(path, h -> h.set("Authorization", basic(user, "demo")));
    }

    private ResponseEntity<byte[]> bytesAs(String user, String path) {
        return http.getBytes(path, h -> h.set("Authorization", basic(user, "demo")));
    }
}
