package id.layanankecamatan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationNotFoundException;
import id.layanankecamatan.application.ApplicationStateException;
import id.layanankecamatan.application.IdempotencyConflictException;
import id.layanankecamatan.application.InvalidApplicationException;
import id.layanankecamatan.calendar.HolidayConflictException;
import id.layanankecamatan.calendar.HolidayNotFoundException;
import id.layanankecamatan.calendar.InvalidHolidayException;
import id.layanankecamatan.verification.LetterVerification;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every refusal of ours, and the request errors Spring raises, answered by the one advice as problem+json with an
 * Indonesian title; page controllers and other REST controllers are left alone. Standalone MVC, no application.
 */
class ApiProblemAdviceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECK = InvalidInputProblem.CHECK_MARKED_FIELDS;
    private static final List<FieldProblem> NIK = List.of(new FieldProblem("nik", "NIK harus terdiri dari 16 angka."));

    /** One refusal, thrown by {@link ThrowingApi} at /api/test/{name}, and what the client must get. */
    record Refusal(String name, Supplier<RuntimeException> thrown, int status, String title, String detail,
                   String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Refusal> REFUSALS = List.of(
            new Refusal("application-not-found", ApplicationNotFoundException::new, 404, "Tidak ditemukan",
                    "Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.", null),
            new Refusal("application-state", () -> new ApplicationStateException("Permohonan ini tidak dapat "
                    + "dibatalkan lagi."), 409, "Tidak dapat diproses", "Permohonan ini tidak dapat dibatalkan lagi.",
                    null),
            new Refusal("idempotency", IdempotencyConflictException::new, 422, "Kunci idempotensi sudah dipakai",
                    "Idempotency-Key ini sudah dipakai untuk permintaan lain dalam 24 jam terakhir. Gunakan kunci baru "
                            + "untuk setiap permintaan yang berbeda; kirim ulang kunci yang sama hanya untuk "
                            + "permintaan yang persis sama.", null),
            new Refusal("invalid-application", () -> new InvalidApplicationException(NIK), 400,
                    "Data permohonan belum benar", CHECK, "nik"),
            new Refusal("holiday-not-found", HolidayNotFoundException::new, 404, "Tidak ditemukan",
                    "Hari libur tidak ditemukan.", null),
            new Refusal("holiday-conflict", () -> new HolidayConflictException("Tanggal 2026-08-17 sudah tercatat."),
                    409, "Tanggal sudah terpakai", "Tanggal 2026-08-17 sudah tercatat.", null),
            new Refusal("invalid-holiday", () -> new InvalidHolidayException(List.of(new FieldProblem("date",
                    "Tanggal harus berbentuk TTTT-BB-HH."))), 400, "Data hari libur belum benar", CHECK, "date"),
            new Refusal("invalid-upload", () -> new LetterVerification.InvalidUploadException("Berkas ini bukan PDF."),
                    400, "Berkas tidak dapat diperiksa", "Berkas ini bukan PDF.", null),
            new Refusal("forbidden", () -> new ForbiddenProblem("Tidak diizinkan", "Hanya camat."), 403,
                    "Tidak diizinkan", "Hanya camat.", null),
            new Refusal("conflict", () -> new ConflictProblem("Surat tidak dapat dicabut", "Sudah dicabut."), 409,
                    "Surat tidak dapat dicabut", "Sudah dicabut.", null),
            new Refusal("not-found", () -> new NotFoundProblem("Tidak ditemukan", "Permohonan tidak ditemukan."), 404,
                    "Tidak ditemukan", "Permohonan tidak ditemukan.", null),
            new Refusal("unprocessable", () -> new UnprocessableProblem("Tidak dapat diolah", "Saling bertentangan."),
                    422, "Tidak dapat diolah", "Saling bertentangan.", null),
            new Refusal("unexpected", () -> new IllegalStateException("internal detail: table application, column x"),
                    500, "Terjadi kesalahan", "Permintaan Anda tidak dapat diproses saat ini dan tidak mengubah apa "
                            + "pun. Coba lagi beberapa saat lagi; bila terus berulang, hubungi kantor kecamatan.",
                    null));

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ThrowingApi(), new ThrowingPage(), new OtherRestController())
            .setControllerAdvice(new ApiProblemAdvice())
            .build();

    static List<Refusal> refusals() {
        return REFUSALS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalAnswersItsStatusAndIndonesianTitle(Refusal refusal) throws Exception {
        JsonNode problem = problem(get("/api/test/" + refusal.name()), refusal.status());

        assertThat(problem.get("title").asText()).isEqualTo(refusal.title());
        assertThat(problem.get("detail").asText()).isEqualTo(refusal.detail());
        assertThat(problem.get("status").asInt()).isEqualTo(refusal.status());
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/test/" + refusal.name());
        if (refusal.field() == null) {
            assertThat(problem.has("errors")).as("no field named").isFalse();
        } else {
            assertThat(problem.get("errors").findValuesAsText("field")).containsExactly(refusal.field());
            assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
        }
    }

    @Test
    void anUnexpectedFailureShowsNeitherItsMessageNorATrace() throws Exception {
        String body = mvc.perform(get("/api/test/unexpected")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).doesNotContain("internal detail", "Exception", "trace", "at id.");
    }

    @Test
    void aMissingParameterNamesTheField() throws Exception {
        JsonNode problem = problem(get("/api/test/year"), 400);

        assertThat(problem.get("title").asText()).isEqualTo("Data permohonan belum benar");
        assertThat(problem.get("detail").asText()).isEqualTo("Bagian 'year' wajib dikirim.");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("Wajib diisi.");
    }

    @Test
    void aParameterOfTheWrongTypeSaysWhatItMustBe() throws Exception {
        JsonNode problem = problem(get("/api/test/year").param("year", "dua"), 400);

        assertThat(problem.get("title").asText()).isEqualTo("Permintaan tidak dapat dibaca");
        assertThat(problem.get("detail").asText()).isEqualTo("Nilai 'year' harus berupa angka.");
    }

    @Test
    void anUnreadableBodyOrAnotherMediaTypeGetsTheControllersWordOnWhatToSend() throws Exception {
        JsonNode unreadable = problem(post("/api/test/body").contentType(MediaType.APPLICATION_JSON).content("{nama"),
                400);
        assertThat(unreadable.get("title").asText()).isEqualTo("Permintaan tidak dapat dibaca");
        assertThat(unreadable.get("detail").asText()).isEqualTo(ThrowingApi.EXPECTED_BODY);

        JsonNode notJson = problem(post("/api/test/body").contentType(MediaType.TEXT_PLAIN).content("nama"), 415);
        assertThat(notJson.get("detail").asText()).isEqualTo(ThrowingApi.EXPECTED_BODY);
    }

    @Test
    void pagesAndOtherRestControllersAreLeftToSpring() throws Exception {
        // a refusal escaping a page still has its status (it is an ErrorResponse), but no JSON body
        MockHttpServletResponse page = mvc.perform(get("/halaman/hari-libur")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).isNull();
        // anything else escaping a page or a non-API controller is not turned into a problem+json 500
        assertThatThrownBy(() -> mvc.perform(get("/halaman/rusak"))).isInstanceOf(ServletException.class);
        assertThatThrownBy(() -> mvc.perform(get("/staff/rusak"))).isInstanceOf(ServletException.class);
    }

    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        return JSON.readTree(body);
    }

    @ApiController(expectedBody = ThrowingApi.EXPECTED_BODY)
    static class ThrowingApi {

        static final String EXPECTED_BODY = "Kirim contoh sebagai JSON: {\"nama\"}.";

        @GetMapping("/api/test/year")
        String year(@RequestParam int year) {
            return "tahun " + year;
        }

        @PostMapping("/api/test/body")
        String body(@RequestBody Map<String, String> body) {
            return body.toString();
        }

        @GetMapping("/api/test/{name}")
        String refuse(@PathVariable String name) {
            throw REFUSALS.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no refusal named " + name)).thrown().get();
        }
    }

    @Controller
    static class ThrowingPage {

        @GetMapping("/halaman/hari-libur")
        String holiday() {
            throw new HolidayNotFoundException();
        }

        @GetMapping("/halaman/rusak")
        String broken() {
            throw new IllegalStateException("rusak");
        }
    }

    /** Like the staff file downloads: a REST controller outside /api that the advice must not answer for. */
    @RestController
    static class OtherRestController {

        @GetMapping("/staff/rusak")
        String broken() {
            throw new IllegalStateException("rusak");
        }
    }
}
