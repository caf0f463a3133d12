package id.layanankecamatan.complaint;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.FinishedApplications;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: complaints entered by staff on every channel but the portal (/staf/pengaduan/baru), the page of one
 * complaint for its officers and the camat with the identity rules and the access log, and the complaint on the
 * application's staff timeline.
 */
class ComplaintStaffPagesTest extends IntegrationTest {

    private static final String OFFICER = "pengaduan";

    @Autowired JdbcClient jdbc;
    @Autowired ComplaintIntake intake;
    @Autowired ApplicationService applications;
    @Autowired ApplicationRepository applicationRows;
    @Autowired ServiceCatalog catalog;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintChannel.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void eachStaffChannelIsEnteredOnTheStaffPageWithTheOfficersName(ComplaintChannel channel) {
        String user = channel == ComplaintChannel.LOKET ? "petugas" : OFFICER;
        String text = "Dicatat lewat " + channel.label() + ": antrean terlalu lama.";

        ResponseEntity<String> answer = http.postMultipart("/staf/pengaduan/baru", new Http.Parts()
                .text("channel", channel.name()).text("type", "PENGADUAN").text("text", text)
                .text("name", "Ahmad Nasution").text("phone", "081311112222")
                .file("lampiran", "catatan.pdf", Samples.pdf("catatan")).build(), h -> h.set("Authorization",
                basic(user, "demo")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(answer.getHeaders().getLocation()).hasToString(baseUrl() + "/staf/pengaduan/tanda-terima");
        Map<String, Object> row = jdbc.sql("SELECT * FROM complaint WHERE text = ?").param(text).query().singleRow();
        assertThat(row).containsEntry("channel", channel.name()).containsEntry("entered_by", user)
                .containsEntry("status", "DITERIMA");
        String number = (String) row.get("complaint_number");
        assertThat(jdbc.sql("SELECT actor FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ?").param(number).query(String.class).single()).isEqualTo(user);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint_attachment a JOIN complaint c ON c.id = a.complaint_id "
                + "WHERE c.complaint_number = ?").param(number).query(Long.class).single()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariables(processEngine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId()))
                .isEqualTo(Map.of("complaintType", "PENGADUAN"));
    }

    @Test
    void theStaffFormRefusesThePortalChannelAndOtherGroupsAndStoresNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();

        ResponseEntity<String> portal = http.postMultipart("/staf/pengaduan/baru", new Http.Parts()
                .text("channel", "PORTAL").text("type", "PENGADUAN").text("text", "Lewat portal?").build(),
                h -> h.set("Authorization", basic(OFFICER, "demo")));
        ResponseEntity<String> noChannel = http.postMultipart("/staf/pengaduan/baru", new Http.Parts()
                .text("type", "SARAN").text("text", "Tanpa saluran.").build(),
                h -> h.set("Authorization", basic("petugas", "demo")));
        ResponseEntity<String> kasi = http.postMultipart("/staf/pengaduan/baru", new Http.Parts()
                .text("channel", "LOKET").text("type", "SARAN").text("text", "Dari kasi.").build(),
                h -> h.set("Authorization", basic("kasipem", "demo")));
        ResponseEntity<String> anonymous = http.get("/staf/pengaduan/baru", h -> { });

        assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(portal.getBody()).contains("Pilih saluran tempat pengaduan diterima");
        assertThat(noChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noChannel.getBody()).contains("Saluran wajib dipilih", "Tanpa saluran.");
        assertThat(kasi.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single()).isEqualTo(before);
        ResponseEntity<String> form = http.get("/staf/pengaduan/baru?nomor=BTN-2026-000007",
                h -> h.set("Authorization", basic("petugas", "demo")));
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("value=\"BTN-2026-000007\"", "Kotak saran", "action=\"/staf/pengaduan/baru?_csrf=");
    }

    @Test
    void theComplaintPageIsForItsOfficersAndTheCamatAndAConfidentialIdentityIsShownOnRequestAndLogged() {
        String registration = new FinishedApplications(applications, applicationRows, catalog).submitted()
                .registrationNumber();
        ComplaintReceipt receipt = intake.submit(new ComplaintSubmission("PENGADUAN", "PORTAL",
                "Petugas loket tidak ramah.", registration, "Rina Lubis", "081298765432", "rina@example.com", true,
                null, java.util.List.of(new UploadedFile("lampiran", "bukti.pdf", Samples.pdf("bukti"))), null));
        String number = receipt.complaintNumber();
        String page = "/staf/pengaduan/" + number;

        ResponseEntity<String> officer = http.get(page, h -> h.set("Authorization", basic(OFFICER, "demo")));
        ResponseEntity<String> shown = http.get(page + "?identitas=tampilkan",
                h -> h.set("Authorization", basic(OFFICER, "demo")));
        ResponseEntity<String> camat = http.get(page + "?identitas=tampilkan",
                h -> h.set("Authorization", basic("camat", "demo")));
        ResponseEntity<String> frontOffice = http.get(page, h -> h.set("Authorization", basic("petugas", "demo")));
        long attachment = jdbc.sql("SELECT a.id FROM complaint_attachment a JOIN complaint c ON c.id = a.complaint_id "
                + "WHERE c.complaint_number = ?").param(number).query(Long.class).single();
        ResponseEntity<String> file = http.get(page + "/lampiran/" + attachment,
                h -> h.set("Authorization", basic(OFFICER, "demo")));

        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(officer.getBody()).contains("Petugas loket tidak ramah.", "Identitas dirahasiakan", "show-identity")
                .doesNotContain("Rina Lubis", "081298765432");
        assertThat(shown.getBody()).contains("Rina Lubis", "081298765432", "rina@example.com");
        assertThat(camat.getBody()).contains("Rina Lubis");
        // the application's data opens for those who worked on it and the camat: the complaint officer gets its
        // number and whom to ask instead of a link that would answer "not found"
        assertThat(officer.getBody()).contains(registration, "hanya dapat dibuka oleh petugas yang menanganinya")
                .doesNotContain("href=\"/staff/applications/" + registration);
        assertThat(camat.getBody()).contains("href=\"/staff/applications/" + registration)
                .doesNotContain("hanya dapat dibuka oleh petugas yang menanganinya");
        assertThat(frontOffice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(frontOffice.getBody()).doesNotContain("tidak ramah");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(jdbc.sql("SELECT user_id || ':' || item || ':' || outcome FROM personal_data_access "
                + "WHERE registration_number = ? ORDER BY id").param(number).query(String.class).list())
                .containsExactly(OFFICER + ":COMPLAINT_IDENTITY:ALLOWED", "camat:COMPLAINT_IDENTITY:ALLOWED",
                        "petugas:COMPLAINT:REFUSED", OFFICER + ":COMPLAINT_FILE:" + attachment + ":ALLOWED");

        // on the application's staff timeline, not on the citizen's
        ResponseEntity<String> staffTimeline = http.get("/staff/applications/" + registration,
                h -> h.set("Authorization", basic("camat", "demo")));
        assertThat(staffTimeline.getBody()).contains(number, "/staf/pengaduan/" + number);
        String code = applicationRows.findByRegistrationNumber(registration).orElseThrow().trackingCode();
        assertThat(http.get("/api/v1/applications/" + registration, h -> h.set("X-Tracking-Code", code)).getBody())
                .doesNotContain(number);
    }

    @Test
    void aComplaintThatIsNotConfidentialShowsItsIdentityAtOnceAndLogsIt() {
        ComplaintReceipt receipt = intake.submit(new ComplaintSubmission("SARAN", "PORTAL", "Tambah loket.", null,
                "Budi Harahap", null, null, false, null, null, null));

        ResponseEntity<String> page = http.get("/staf/pengaduan/" + receipt.complaintNumber(),
                h -> h.set("Authorization", basic(OFFICER, "demo")));

        assertThat(page.getBody()).contains("Budi Harahap").doesNotContain("show-identity");
        assertThat(jdbc.sql("SELECT item FROM personal_data_access WHERE registration_number = ?")
                .param(receipt.complaintNumber()).query(String.class).list()).containsExactly("COMPLAINT_IDENTITY");
    }
}
