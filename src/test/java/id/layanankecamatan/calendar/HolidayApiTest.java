package id.layanankecamatan.calendar;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The holiday table through its API and admin page, on PostgreSQL with the seeded decrees: who may do what,
 * what is refused, and that the calendar counts with every change at once.
 */
class HolidayApiTest extends IntegrationTest {

    private static final Consumer<HttpHeaders> ANONYMOUS = h -> { };
    private static final Consumer<HttpHeaders> PETUGAS = h -> h.set("Authorization", basic("petugas", "demo"));
    private static final Consumer<HttpHeaders> ADMIN = h -> h.set("Authorization", basic("admin", "demo"));
    // a date no other test counts over
    private static final LocalDate LOCAL_HOLIDAY = LocalDate.parse("2031-06-10");

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ObjectMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void theSeededDecreesAreInTheTableWithTheirReference() throws Exception {
        JsonNode year = json.readTree(http.get("/api/v1/holidays?year=2026", PETUGAS).getBody());
        assertThat(year).hasSize(25);
        JsonNode cutiBersama = find(year, "2026-03-23");
        assertThat(cutiBersama.get("kind").asText()).isEqualTo("CUTI_BERSAMA");
        assertThat(cutiBersama.get("decree").asText()).contains("No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025");
        // 2025 as amended in August 2025: 17 national holidays and 11 days of cuti bersama
        JsonNode year2025 = json.readTree(http.get("/api/v1/holidays?year=2025", PETUGAS).getBody());
        assertThat(year2025).hasSize(28);
        assertThat(find(year2025, "2025-08-18").get("decree").asText()).contains("No. 933 Tahun 2025");
    }

    @Test
    void the2027DecreeIsSeededWithEveryDateOfReviewSection33() throws Exception {
        JsonNode year = json.readTree(http.get("/api/v1/holidays?year=2027", PETUGAS).getBody());
        List<String> national = List.of("2027-01-01", "2027-01-05", "2027-02-06", "2027-03-08", "2027-03-10",
                "2027-03-11", "2027-03-26", "2027-03-28", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-20",
                "2027-06-01", "2027-06-06", "2027-08-15", "2027-08-17", "2027-12-25", "2027-12-26");
        List<String> cutiBersama = List.of("2027-02-05", "2027-03-09", "2027-03-12", "2027-03-15", "2027-03-25",
                "2027-05-18", "2027-05-19", "2027-12-24");
        assertThat(datesOfKind(year, "NATIONAL")).containsExactlyElementsOf(national);
        assertThat(datesOfKind(year, "CUTI_BERSAMA")).containsExactlyElementsOf(cutiBersama);
        assertThat(year).hasSize(26);
        for (JsonNode holiday : year) {
            assertThat(holiday.get("decree").asText()).as(holiday.get("date").asText())
                    .contains("No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026");
        }
        // Isra Mikraj twice; Idulfitri and Iduladha 1448 H wait for the Minister of Religious Affairs
        assertThat(find(year, "2027-12-26").get("name").asText()).contains("Isra Mikraj", "1449 H");
        for (String date : List.of("2027-03-10", "2027-03-11", "2027-05-17")) {
            assertThat(find(year, date).get("decree").asText()).as(date).contains("dapat berubah");
        }
        assertThat(find(year, "2027-03-12").get("decree").asText()).doesNotContain("dapat berubah");

        // Friday 5 March 2027: Nyepi, Idulfitri and its cuti bersama take 8 to 15 March
        assertThat(calendar.addWorkingDays(OffsetDateTime.parse("2027-03-05T10:00:00+07:00"), 1))
                .isEqualTo(OffsetDateTime.parse("2027-03-16T16:00:00+07:00"));
    }

    @Test
    void aDeadlineCrossingLebaranSkipsEveryHolidayAndCutiBersama() {
        // Tuesday 17 March 2026: Nyepi, Idulfitri and their cuti bersama take 18 to 24 March
        OffsetDateTime start = OffsetDateTime.parse("2026-03-17T10:00:00+07:00");
        assertThat(calendar.addWorkingDays(start, 3)).isEqualTo(OffsetDateTime.parse("2026-03-27T16:30:00+07:00"));
        // two office hours from Tuesday 15:00: one on Tuesday, the other on Wednesday 25 March
        assertThat(calendar.add(OffsetDateTime.parse("2026-03-17T15:00:00+07:00"), WorkingDuration.valueOf("PT2H")))
                .isEqualTo(OffsetDateTime.parse("2026-03-25T08:30:00+07:00"));
    }

    @Test
    void onlyStaffReadAndOnlyAdministratorsChange() throws Exception {
        ResponseEntity<String> anonymous = http.get("/api/v1/holidays?year=2026", ANONYMOUS);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(json.readTree(anonymous.getBody()).get("detail").asText()).contains("Masuk dengan akun petugas");
        // an unknown account (a wrong password would lock the demo user out for the next tests)
        assertThat(http.get("/api/v1/holidays?year=2026", h -> h.set("Authorization", basic("penyusup", "demo")))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(http.get("/api/v1/holidays?year=2026", PETUGAS).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> byStaff = http.postJson("/api/v1/holidays", localHoliday(), PETUGAS);
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(byStaff.getBody()).get("detail").asText()).contains("Hanya administrator");
        assertThat(http.delete("/api/v1/holidays/1", PETUGAS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isTrue();
    }

    @Test
    void anAdministratorsChangesCountAtOnce() throws Exception {
        // given a Tuesday that is a working day
        OffsetDateTime mondayMorning = OffsetDateTime.parse("2031-06-09T08:00:00+07:00");
        assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(OffsetDateTime.parse("2031-06-10T16:00:00+07:00"));

        // when the admin adds a local holiday on it
        ResponseEntity<String> created = http.postJson("/api/v1/holidays", localHoliday(), ADMIN);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode holiday = json.readTree(created.getBody());
        String location = created.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/v1/holidays/" + holiday.get("id").asLong());
        try {
            // then deadlines skip it
            assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isFalse();
            assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(OffsetDateTime.parse("2031-06-11T16:00:00+07:00"));

            // when it moves to the Wednesday
            ResponseEntity<String> moved = http.putJson(location, """
                    {"date": "2031-06-11", "name": "Hari jadi kota", "kind": "LOCAL", "decree": "Keputusan Wali Kota"}""",
                    ADMIN);
            assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(moved.getBody()).get("date").asText()).isEqualTo("2031-06-11");
            assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isTrue();
            assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY.plusDays(1))).isFalse();
        } finally {
            // and when it is deleted, the day is a working day again
            assertThat(http.delete(location, ADMIN).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY.plusDays(1))).isTrue();
        assertThat(http.get(location, ADMIN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.delete(location, ADMIN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badInputIsRefusedFieldByFieldInIndonesian() throws Exception {
        ResponseEntity<String> bad = http.postJson("/api/v1/holidays", """
                {"date": "2031-02-30", "name": " ", "kind": "NASIONAL"}""", ADMIN);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(bad.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Data hari libur belum benar");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("date", "name", "kind");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("TTTT-BB-HH");

        // a national holiday needs its decree
        JsonNode noDecree = json.readTree(http.postJson("/api/v1/holidays", """
                {"date": "2031-06-10", "name": "Libur", "kind": "NATIONAL"}""", ADMIN).getBody());
        assertThat(noDecree.get("errors").findValuesAsText("field")).containsExactly("decree");

        // one holiday per date: 17 August 2026 is taken
        ResponseEntity<String> taken = http.postJson("/api/v1/holidays", """
                {"date": "2026-08-17", "name": "Dobel", "kind": "LOCAL"}""", ADMIN);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(taken.getBody()).get("detail").asText()).contains("sudah tercatat");

        assertThat(http.postJson("/api/v1/holidays", "{not json", ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("/api/v1/holidays?year=dua", ADMIN).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(http.get("/api/v1/holidays?year=1900", ADMIN).getBody()).get("errors")
                .findValuesAsText("field")).containsExactly("year");
        assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isTrue();
    }

    @Test
    void theAdminPageListsForStaffAndChangesForAdministrators() {
        ResponseEntity<String> forStaff = http.get("/staff/hari-libur?tahun=2026", PETUGAS);
        assertThat(forStaff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forStaff.getBody()).contains("Proklamasi Kemerdekaan", "Cuti bersama Idulfitri 1447 Hijriah",
                "No. 1497 Tahun 2025").doesNotContain("holiday-form");
        assertThat(http.get("/staff/hari-libur", ANONYMOUS).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForm("/staff/hari-libur", "date=2031-06-10&name=Libur&kind=LOCAL", PETUGAS)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> invalid = http.postForm("/staff/hari-libur", "date=&name=Libur&kind=LOCAL", ADMIN);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("Tanggal wajib diisi")
                // the error is tied to its field for screen readers; the valid name is not marked
                .containsPattern("id=\"date\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"date-error\"")
                .doesNotContainPattern("id=\"name\"[^>]*aria-invalid");

        ResponseEntity<String> added = http.postForm("/staff/hari-libur",
                "date=2031-06-10&name=Hari+jadi+kota&kind=LOCAL&decree=", ADMIN);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(added.getHeaders().getLocation().toString()).endsWith("/staff/hari-libur?tahun=2031");
        assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isFalse();
        String page = http.get("/staff/hari-libur?tahun=2031", ADMIN).getBody();
        assertThat(page).contains("Hari jadi kota", "Libur daerah", "holiday-form");
        long id = Long.parseLong(page.replaceAll("(?s).*/staff/hari-libur/(\\d+)/hapus.*", "$1"));
        assertThat(http.postForm("/staff/hari-libur/" + id + "/hapus", "", ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        assertThat(calendar.isWorkingDay(LOCAL_HOLIDAY)).isTrue();
    }

    private static String localHoliday() {
        return """
                {"date": "2031-06-10", "name": "Hari jadi kota", "kind": "LOCAL", "decree": "Keputusan Wali Kota"}""";
    }

    private static List<String> datesOfKind(JsonNode holidays, String kind) {
        List<String> dates = new ArrayList<>();
        holidays.forEach(h -> {
            if (h.get("kind").asText().equals(kind)) {
                dates.add(h.get("date").asText());
            }
        });
        return dates;
    }

    private static JsonNode find(JsonNode holidays, String date) {
        for (JsonNode holiday : holidays) {
            if (holiday.get("date").asText().equals(date)) {
                return holiday;
            }
        }
        throw new AssertionError("no holiday on " + date);
    }
}
