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
 * The configured office week with its breaks, and Ramadan schedules through the holiday API and the calendar page,
 * on PostgreSQL: what is refused (in Indonesian), and that the calendar counts with every change at once.
 */
class RamadanScheduleApiTest extends IntegrationTest {

    private static final Consumer<HttpHeaders> PETUGAS = h -> h.set("Authorization", basic("petugas", "demo"));
    private static final Consumer<HttpHeaders> ADMIN = h -> h.set("Authorization", basic("admin", "demo"));
    private static final String API = "/api/v1/holidays/ramadan";
    // a test range in a year no other test counts over: Monday 7 to Friday 11 March 2033
    private static final String SCHEDULE = """
            {"firstDay": "2033-03-07", "lastDay": "2033-03-11", "opens": "08:00", "closes": "15:00",
             "breakStart": "12:00", "breakEnd": "12:30", "fridayOpens": "08:00", "fridayCloses": "15:30",
             "fridayBreakStart": "11:30", "fridayBreakEnd": "12:30", "decree": "Surat Edaran uji"}""";

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
    void theConfiguredWeekLeavesTheBreakOut() {
        // Monday 3 March 2031: 90 minutes from 11:30 are 30 before the break and 60 after it
        assertThat(calendar.add(at("2031-03-03T11:30"), WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2031-03-03T14:00"));
        // Friday's break runs from 11:30 to 13:00
        assertThat(calendar.add(at("2031-03-07T11:00"), WorkingDuration.valueOf("PT60M"))).isEqualTo(at("2031-03-07T13:30"));
        assertThat(calendar.cutiBersamaDayOff()).isTrue();
    }

    @Test
    void anAdministratorsRamadanScheduleCountsAtOnce() throws Exception {
        OffsetDateTime mondayMorning = at("2033-03-07T11:30");
        assertThat(calendar.add(mondayMorning, WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2033-03-07T14:00"));

        ResponseEntity<String> created = http.postJson(API, SCHEDULE, ADMIN);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode schedule = json.readTree(created.getBody());
        String location = created.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo(API + "/" + schedule.get("id").asLong());
        assertThat(schedule.get("opens").asText()).isEqualTo("08:00");
        assertThat(schedule.get("fridayBreakEnd").asText()).isEqualTo("12:30");
        try {
            // the Ramadan break is 12:00-12:30 and the office closes at 15:00
            assertThat(calendar.add(mondayMorning, WorkingDuration.valueOf("PT90M"))).isEqualTo(at("2033-03-07T13:30"));
            assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(at("2033-03-08T15:00"));
            assertThat(calendar.addWorkingDays(mondayMorning, 4)).isEqualTo(at("2033-03-11T15:30"));
            assertThat(json.readTree(http.get(API + "?year=2033", PETUGAS).getBody()).findValuesAsText("firstDay"))
                    .containsExactly("2033-03-07");

            // moved to the week after, the first week has the ordinary hours again
            ResponseEntity<String> moved = http.putJson(location, SCHEDULE.replace("2033-03-07", "2033-03-14")
                    .replace("2033-03-11", "2033-03-18"), ADMIN);
            assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(at("2033-03-08T16:00"));
            assertThat(calendar.addWorkingDays(at("2033-03-14T09:00"), 1)).isEqualTo(at("2033-03-15T15:00"));
        } finally {
            assertThat(http.delete(location, ADMIN).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(calendar.addWorkingDays(at("2033-03-14T09:00"), 1)).isEqualTo(at("2033-03-15T16:00"));
        assertThat(http.get(location, ADMIN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(http.get(location, ADMIN).getBody()).get("detail").asText())
                .isEqualTo("Jadwal Ramadan tidak ditemukan.");
    }

    @Test
    void badSchedulesAreRefusedFieldByFieldInIndonesian() throws Exception {
        ResponseEntity<String> bad = http.postJson(API, """
                {"firstDay": "2033-04-10", "lastDay": "2033-04-01", "opens": "15:00", "closes": "08:00",
                 "breakStart": "12:00", "fridayOpens": "8 pagi", "fridayCloses": "15:30",
                 "fridayBreakStart": "11:30", "fridayBreakEnd": "16:00"}""", ADMIN);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(bad.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Data jadwal Ramadan belum benar");
        assertThat(messages(problem)).containsExactly(
                "lastDay: Tanggal selesai tidak boleh sebelum tanggal mulai.",
                "closes: Jam pulang harus sesudah jam masuk.",
                "breakEnd: Isi mulai dan selesai istirahat, atau kosongkan keduanya.",
                "fridayOpens: Jam masuk hari Jumat tidak dikenal; tulis JJ:MM, misalnya 08:00.");
        JsonNode outside = json.readTree(http.postJson(API, SCHEDULE.replace("\"fridayBreakEnd\": \"12:30\"",
                "\"fridayBreakEnd\": \"16:00\""), ADMIN).getBody());
        assertThat(messages(outside)).containsExactly(
                "fridayBreakStart: Istirahat hari Jumat harus di antara jam masuk dan jam pulang.");
        JsonNode tooLong = json.readTree(http.postJson(API, SCHEDULE.replace("2033-03-11", "2033-05-11"), ADMIN).getBody());
        assertThat(messages(tooLong)).containsExactly("lastDay: Jadwal Ramadan paling lama 31 hari.");

        // one schedule per day: a second one over the same days is refused
        String location = http.postJson(API, SCHEDULE, ADMIN).getHeaders().getLocation().toString();
        try {
            ResponseEntity<String> overlap = http.postJson(API, SCHEDULE.replace("2033-03-07", "2033-03-01"), ADMIN);
            assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(json.readTree(overlap.getBody()).get("detail").asText()).isEqualTo("Rentang 2033-03-01 s.d. "
                    + "2033-03-11 bertumpang tindih dengan jadwal Ramadan 2033-03-07 s.d. 2033-03-11; ubah jadwal yang ada.");
            // changing the schedule itself is no overlap
            assertThat(http.putJson(location, SCHEDULE.replace("Surat Edaran uji", "SE MenPANRB uji"), ADMIN)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            http.delete(location, ADMIN);
        }
        assertThat(http.postJson(API, SCHEDULE, PETUGAS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postJson(API, "{not json", ADMIN).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(calendar.hoursOn(LocalDate.parse("2033-03-07")).orElseThrow().opens().toString()).isEqualTo("07:30");
    }

    @Test
    void thePageShowsTheWeekAndChangesRamadanSchedulesForAdministrators() {
        String forStaff = http.get("/staff/hari-libur?tahun=2033", PETUGAS).getBody();
        assertThat(forStaff).contains("Jam kerja", "07.30–16.00, istirahat 12.00–13.00",
                "07.30–16.30, istirahat 11.30–13.00", "7 jam 30 menit", "Cuti bersama dihitung sebagai hari libur",
                "Belum ada jadwal Ramadan").doesNotContain("ramadan-form");
        assertThat(http.postForm("/staff/hari-libur/ramadan", form("2033-03-07"), PETUGAS).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> invalid = http.postForm("/staff/hari-libur/ramadan",
                form("2033-03-07").replace("closes=15%3A00", "closes=07%3A00"), ADMIN);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("id=\"ramadan-closes-error\"", "Jam pulang harus sesudah jam masuk.");

        ResponseEntity<String> added = http.postForm("/staff/hari-libur/ramadan", form("2033-03-07"), ADMIN);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(added.getHeaders().getLocation().toString()).endsWith("/staff/hari-libur?tahun=2033");
        assertThat(calendar.hoursOn(LocalDate.parse("2033-03-11")).orElseThrow().label())
                .isEqualTo("08.00–15.30, istirahat 11.30–12.30");
        String page = http.get("/staff/hari-libur?tahun=2033", ADMIN).getBody();
        assertThat(page).contains("7 Maret 2033 s.d. 11 Maret 2033", "08.00–15.00, istirahat 12.00–12.30",
                "08.00–15.30, istirahat 11.30–12.30", "Surat Edaran uji", "ramadan-form");
        long id = Long.parseLong(page.replaceAll("(?s).*/staff/hari-libur/ramadan/(\\d+)/hapus.*", "$1"));

        // the edit form is filled with the schedule; an overlapping second one is refused on the page too
        assertThat(http.get("/staff/hari-libur/ramadan/" + id, ADMIN).getBody())
                .contains("value=\"2033-03-11\"", "value=\"11:30\"", "Ubah jadwal Ramadan");
        ResponseEntity<String> overlap = http.postForm("/staff/hari-libur/ramadan", form("2033-03-09"), ADMIN);
        assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(overlap.getBody()).contains("id=\"ramadan-firstDay-error\"", "bertumpang tindih");

        assertThat(http.postForm("/staff/hari-libur/ramadan/" + id + "/hapus", "", ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        assertThat(calendar.hoursOn(LocalDate.parse("2033-03-11")).orElseThrow().label())
                .isEqualTo("07.30–16.30, istirahat 11.30–13.00");
    }

    /** The page's form for a five-day schedule from {@code firstDay}. */
    private static String form(String firstDay) {
        String lastDay = LocalDate.parse(firstDay).plusDays(4).toString();
        return "firstDay=" + firstDay + "&lastDay=" + lastDay + "&opens=08%3A00&closes=15%3A00&breakStart=12%3A00"
                + "&breakEnd=12%3A30&fridayOpens=08%3A00&fridayCloses=15%3A30&fridayBreakStart=11%3A30"
                + "&fridayBreakEnd=12%3A30&decree=Surat+Edaran+uji";
    }

    private static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(e -> messages.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return messages;
    }

    private static OffsetDateTime at(String jakartaLocal) {
        return OffsetDateTime.parse(jakartaLocal + ":00+07:00");
    }
}
