package id.layanankecamatan.api;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The one error advice answers exactly the JSON API: every route of ours under /api is an {@link ApiController}
 * and no such controller serves anything else; the staff APIs answer problem+json too, the staff pages do not.
 */
class ApiScopeTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteAndNothingElseIsAnApiController() {
        Set<String> misplaced = new TreeSet<>();
        Set<String> apiRoutes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> controller = method.getBeanType();
            if (!controller.getPackageName().startsWith("id.layanankecamatan")) {
                return; // e.g. springdoc's own /api/v1/openapi.json
            }
            boolean api = AnnotatedElementUtils.hasAnnotation(controller, ApiController.class);
            info.getPatternValues().forEach(pattern -> {
                if (pattern.startsWith("/api/") != api) {
                    misplaced.add(controller.getSimpleName() + " " + pattern);
                } else if (api) {
                    apiRoutes.add(pattern);
                }
            });
        });
        assertThat(misplaced).isEmpty();
        assertThat(apiRoutes).contains("/api/v1/applications", "/api/v1/holidays", "/api/v1/services",
                "/api/v1/sla/dashboard", "/api/v1/sla/applications/{registrationNumber}", "/api/v1/access-log");
    }

    @Test
    void theStaffApisAnswerProblemJsonInIndonesian() throws Exception {
        Http http = new Http(baseUrl());

        ResponseEntity<String> month = http.get("/api/v1/sla/reports/maret", as("camat"));
        JsonNode badMonth = problem(month, HttpStatus.BAD_REQUEST);
        assertThat(badMonth.get("title").asText()).isEqualTo("Permintaan tidak dapat dibaca");
        assertThat(badMonth.get("detail").asText()).isEqualTo("Bulan harus berbentuk TTTT-BB, misalnya 2026-11.");

        JsonNode unknown = problem(http.get("/api/v1/sla/applications/BTN-1999-000001", as("camat")),
                HttpStatus.NOT_FOUND);
        assertThat(unknown.get("title").asText()).isEqualTo("Tidak ditemukan");

        JsonNode notCamat = problem(http.get("/api/v1/access-log", as("petugas")), HttpStatus.FORBIDDEN);
        assertThat(notCamat.get("title").asText()).isEqualTo("Tidak diizinkan");
        assertThat(notCamat.get("detail").asText())
                .isEqualTo("Log akses data pribadi hanya dapat dibaca oleh camat dan administrator.");

        JsonNode notJson = problem(http.postJson("/api/v1/sla/applications/BTN-1999-000001/extension", "{alasan",
                as("camat")), HttpStatus.BAD_REQUEST);
        assertThat(notJson.get("detail").asText()).isEqualTo("Kirim alasan sebagai JSON: {\"reason\": \"...\"}.");
    }

    @Test
    void aStaffPageKeepsItsOwnErrorPage() {
        ResponseEntity<String> page = new Http(baseUrl()).get("/staff/hari-libur/999999", as("petugas"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isFalse();
    }

    private static JsonNode problem(ResponseEntity<String> answer, HttpStatus status) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(answer.getHeaders().getContentType())).isTrue();
        return JSON.readTree(answer.getBody());
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> as(String user) {
        return headers -> headers.set("Authorization", basic(user, "demo"));
    }
}
