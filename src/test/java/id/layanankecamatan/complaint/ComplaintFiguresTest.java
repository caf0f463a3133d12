package id.layanankecamatan.complaint;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The month's complaint figures in the SLA API and the monthly report (CSV, PDF), counted by hand from rows written
 * as the complaint process leaves them. The month is one no other test uses; its edges are in the office's zone (WIB):
 * 1 May 2043 00:30 WIB is still 30 April in UTC and counts in May.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintFiguresTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void complaintsOfMay2043() {
        // received in May: 3 pengaduan, 1 saran, 1 informasi
        complaint("PENGADUAN", "RINGAN", "2043-05-01T00:30:00+07:00", "2043-05-06T10:00:00+07:00", true, 3);
        complaint("PENGADUAN", "TANPA_PEMERIKSAAN_LAPANGAN", "2043-05-04T09:00:00+07:00", "2043-05-29T10:00:00+07:00",
                false, 18);
        complaint("PENGADUAN", null, "2043-05-28T09:00:00+07:00", null, null, null);
        complaint("SARAN", "RINGAN", "2043-05-10T09:00:00+07:00", "2043-06-02T10:00:00+07:00", true, 4);
        complaint("INFORMASI", "RINGAN", "2043-05-31T23:59:00+07:00", null, null, null);
        // received in April, closed in May in time after 12 working days; and one received on 1 June 00:00 WIB
        complaint("PENGADUAN", "DENGAN_PEMERIKSAAN_LAPANGAN", "2043-04-01T09:00:00+07:00", "2043-05-20T10:00:00+07:00",
                true, 35);
        complaint("SARAN", null, "2043-06-01T00:00:00+07:00", null, null, null);
    }

    @Test
    void theSlaApiCountsTheMonthByTypeClassAndClosing() throws Exception {
        Http http = new Http(baseUrl());
        assertThat(http.get("/api/v1/sla/complaints/2043-05", h -> { }).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode may = JSON.readTree(http.get("/api/v1/sla/complaints/2043-05",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
        assertThat(may.get("received").asInt()).isEqualTo(5);
        assertThat(may.get("receivedByType").toString())
                .isEqualTo("{\"PENGADUAN\":3,\"SARAN\":1,\"INFORMASI\":1}");
        assertThat(may.get("receivedByClass").toString()).isEqualTo(
                "{\"RINGAN\":3,\"TANPA_PEMERIKSAAN_LAPANGAN\":1,\"DENGAN_PEMERIKSAAN_LAPANGAN\":0,\"BELUM\":1}");
        // closed in May: 3 (the April one among them), 2 in time; (3 + 18 + 35) / 3 = 18.67 → 18.7
        assertThat(may.get("closed").asInt()).isEqualTo(3);
        assertThat(may.get("closedOnTime").asInt()).isEqualTo(2);
        assertThat(may.get("onTimePercent").asInt()).isEqualTo(67);
        assertThat(may.get("averageWorkingDaysToClose").decimalValue()).isEqualByComparingTo("18.7");

        JsonNode april = JSON.readTree(http.get("/api/v1/sla/complaints/2043-04",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
        assertThat(april.get("received").asInt()).isEqualTo(1);
        assertThat(april.get("closed").asInt()).isZero();
        assertThat(april.get("onTimePercent").isNull()).isTrue();
        assertThat(april.get("averageWorkingDaysToClose").isNull()).isTrue();
    }

    @Test
    void theMonthlyReportCarriesTheComplaints() throws Exception {
        Http http = new Http(baseUrl());
        JsonNode report = JSON.readTree(http.get("/api/v1/sla/reports/2043-05",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
        assertThat(report.get("complaints").get("received").asInt()).isEqualTo(5);
        String csv = http.get("/api/v1/sla/reports/2043-05.csv", h -> h.set("Authorization", basic("camat", "demo")))
                .getBody();
        assertThat(csv).contains("Diterima;5\r\n", "Pengaduan;3\r\n", "Kelas: Informasi/ringan;3\r\n",
                "Belum diklasifikasi;1\r\n", "Ditutup tepat waktu;2\r\n", "Persen tepat waktu;67\r\n",
                "Rata-rata hari kerja sampai ditutup;18,7\r\n");
        byte[] pdf = http.getBytes("/api/v1/sla/reports/2043-05.pdf",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(
                    "5 diterima: 3 pengaduan, 1 saran/masukan, 1 permintaan informasi",
                    "3 ditutup, 2 tepat waktu (67 %), rata-rata 18,7 hari kerja.");
        }
    }

    private void complaint(String type, String complaintClass, String receivedAt, String closedAt, Boolean onTime,
                           Integer workingDays) {
        OffsetDateTime received = OffsetDateTime.parse(receivedAt);
        OffsetDateTime closed = closedAt == null ? null : OffsetDateTime.parse(closedAt);
        jdbc.sql("""
                INSERT INTO complaint (complaint_number, tracking_code, complaint_type, channel, text, confidential,
                    status, complaint_class, received_at, verification_due, acknowledgement_due, closed_at,
                    closed_on_time, working_days_to_close, updated_at)
                VALUES (?, 'ABCDEFGHJK', ?, 'PORTAL', 'Antrean terlalu lama', FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params("T-ADU-" + UUID.randomUUID().toString().substring(0, 20), type,
                        closed == null ? ComplaintStatus.DITERIMA.name() : ComplaintStatus.DITUTUP.name(),
                        complaintClass, received, received.plusDays(3), received.plusDays(14), closed, onTime,
                        workingDays, received)
                .update();
    }
}
