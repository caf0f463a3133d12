package id.layanankecamatan.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A plain HTTP client against the running application; every status is returned, none thrown. */
public class Http {

    private final RestClient client;

    public Http(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).defaultStatusHandler(status -> true, (req, res) -> { })
                .build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ResponseEntity<String> get(String path, Consumer<HttpHeaders> headers) {
        return client.get().uri(path).headers(headers).retrieve().toEntity(String.class);
    }

    public ResponseEntity<byte[]> getBytes(String path, Consumer<HttpHeaders> headers) {
        return client.get().uri(path).headers(headers).retrieve().toEntity(byte[].class);
    }

    public ResponseEntity<String> postJson(String path, String json, Consumer<HttpHeaders> headers) {
        return client.post().uri(path).headers(headers).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> putJson(String path, String json, Consumer<HttpHeaders> headers) {
        return client.put().uri(path).headers(headers).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> delete(String path, Consumer<HttpHeaders> headers) {
        return client.delete().uri(path).headers(headers).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> postForm(String path, String urlEncoded, Consumer<HttpHeaders> headers) {
        return client.post().uri(path).headers(headers).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(urlEncoded).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> parts,
                                                Consumer<HttpHeaders> headers) {
        return client.post().uri(path).headers(headers).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().toEntity(String.class);
    }

    /** Multipart parts for the citizen API: "service", "data" (JSON) and one file part per requirement. */
    public static class Parts {
        private final MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();

        public Parts text(String name, String value) {
            parts.add(name, value);
            return this;
        }

        public Parts json(String name, String json) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            parts.add(name, new HttpEntity<>(json, headers));
            return this;
        }

        public Parts file(String name, String fileName, byte[] content) {
            parts.add(name, new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
            return this;
        }

        public MultiValueMap<String, Object> build() {
            return parts;
        }
    }
}
