package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The three calls of the WhatsApp Cloud API the office makes: a template message, a media upload and a document
 * message, each with the bearer token and a time limit. An answer other than 2xx is a {@link ProviderRefused},
 * carrying the 429's Retry-After; a timeout or a broken connection an {@link IOException}.
 */
class WhatsAppCloudApi {

    private static final String MESSAGING_PRODUCT = "whatsapp";
    private static final String PDF = "application/pdf";

    private final WhatsAppProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    WhatsAppCloudApi(WhatsAppProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = ProviderHttp.client(properties.timeout());
    }

    /** Sends the template with its body parameters; returns the message id (wamid…). */
    String sendTemplate(String to, String template, List<String> parameters) throws IOException {
        ObjectNode message = message(to, "template");
        ObjectNode body = json.createObjectNode().put("type", "body");
        ArrayNode values = body.putArray("parameters");
        parameters.forEach(p -> values.addObject().put("type", "text").put("text", p));
        ObjectNode t = message.putObject("template").put("name", template);
        t.putObject("language").put("code", properties.language());
        t.putArray("components").add(body);
        return post("messages", message).path("messages").path(0).path("id").asText();
    }

    /** Uploads the PDF; returns its media id. */
    String upload(String fileName, byte[] pdf) throws IOException {
        ProviderHttp.Form form = new ProviderHttp.Form().field("messaging_product", MESSAGING_PRODUCT)
                .field("type", PDF).file("file", fileName, PDF, pdf);
        return call("media", form.contentType(), form.bytes()).path("id").asText();
    }

    /** Sends the uploaded document; returns the message id (wamid…). */
    String sendDocument(String to, String mediaId, String fileName, String caption) throws IOException {
        ObjectNode message = message(to, "document");
        ObjectNode document = message.putObject("document").put("id", mediaId).put("filename", fileName);
        if (caption != null) {
            document.put("caption", caption);
        }
        return post("messages", message).path("messages").path(0).path("id").asText();
    }

    private ObjectNode message(String to, String type) {
        return json.createObjectNode().put("messaging_product", MESSAGING_PRODUCT).put("to", to).put("type", type);
    }

    private JsonNode post(String path, ObjectNode body) throws IOException {
        return call(path, "application/json", json.writeValueAsBytes(body));
    }

    private JsonNode call(String path, String contentType, byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(path))
                .timeout(properties.timeout())
                .header("Authorization", "Bearer " + properties.token())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = ProviderHttp.send(http, request);
        if (response.statusCode() / 100 != 2) {
            throw new ProviderRefused(response.statusCode(), response.headers().firstValue("Retry-After")
                    .map(ProviderRefused::seconds).orElse(null));
        }
        return json.readTree(response.body());
    }

    private URI endpoint(String path) {
        String base = properties.apiBase().toString().replaceAll("/+$", "");
        return URI.create(base + "/" + properties.phoneNumberId() + "/" + path);
    }
}
