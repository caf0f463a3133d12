package id.layanankecamatan.application;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description lists every public route of the citizen API, with the problem+json error shape. */
class CitizenApiDescriptionTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPublicRouteIsDescribedWithItsIndonesianErrors() throws Exception {
        ResponseEntity<String> answer = new Http(baseUrl()).get("/api/v1/openapi.json", h -> { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = JSON.readTree(answer.getBody());

        // every route the controllers serve under the citizen API, as "METHOD path", and nothing else
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/services") || p.startsWith("/api/v1/applications")
                        || p.startsWith("/api/v1/skm") || p.startsWith("/api/v1/complaints"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> served.add(m.name() + " " + p))));
        Set<String> described = new TreeSet<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(served).hasSizeGreaterThanOrEqualTo(6);
        assertThat(described).isEqualTo(served);
        // the staff side is not advertised
        assertThat(api.get("paths").has("/api/v1/sla")).isFalse();

        assertThat(api.at("/info/title").asText()).isEqualTo("Layanan Kecamatan — API warga");
        assertThat(api.at("/components/schemas/Problem/properties/detail")).isNotNull();
        api.get("paths").forEach(path -> path.forEach(operation -> {
            for (String status : new String[] {"400", "404", "500"}) {
                JsonNode response = operation.at("/responses/" + status);
                assertThat(response.at("/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Problem");
                assertThat(response.get("description").asText()).isNotBlank();
            }
        }));
        assertThat(answer.getBody()).contains("Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.",
                "Pengaduan tidak ditemukan. Periksa nomor pengaduan dan kode lacak Anda.");
        assertThat(described).contains("POST /api/v1/complaints", "GET /api/v1/complaints/{number}",
                "POST /api/v1/complaints/{number}/completion", "POST /api/v1/complaints/{number}/not-resolved");
    }

    @Test
    void theUploadRuleForPhotosAndPdfsIsDescribed() throws Exception {
        JsonNode api = JSON.readTree(new Http(baseUrl()).get("/api/v1/openapi.json", h -> { }).getBody());

        for (String text : new String[] {api.at("/info/description").asText(),
                api.at("/paths/~1api~1v1~1applications/post/description").asText()}) {
            assertThat(text).contains("Foto (JPEG atau PNG) boleh sampai 10 MB",
                    "orientasi Exif", "paling banyak 2000 piksel", "JPEG paling besar 2 MB tanpa metadata apa pun",
                    "lokasi GPS", "di atas 50 megapiksel ditolak",
                    "Sampai 4 foto untuk satu persyaratan", "disimpan sebagai satu PDF", "menurut urutan pengiriman",
                    "PDF paling besar 2 MB dan harus sendiri untuk persyaratannya",
                    "Paling banyak 20 berkas dalam satu permintaan.");
        }
    }
}
