package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The two calls of the Telegram Bot API the office makes: {@code sendMessage} (JSON) and {@code sendDocument}
 * (multipart, the PDF as the part {@code document}), at {@code {base}/bot{token}/{method}} with a time limit. An
 * answer that is not {@code {"ok":true}} is a {@link ProviderRefused} with Telegram's {@code error_code} and its
 * {@code parameters.retry_after} (or a Retry-After header); a timeout or a broken connection an {@link IOException}.
 * The URL holds the bot's token: it never goes into a log or an exception message.
 */
class TelegramBotApi {

    private static final String PDF = "application/pdf";

    private final TelegramProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    TelegramBotApi(TelegramProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = ProviderHttp.client(properties.timeout());
    }

    /** Sends a text; returns Telegram's message id. */
    String sendMessage(String chatId, String text) throws IOException {
        ObjectNode message = json.createObjectNode().put("chat_id", Long.parseLong(chatId)).put("text", text);
        return call("sendMessage", "application/json", json.writeValueAsBytes(message));
    }

    /** Sends the PDF as a document with a caption; returns Telegram's message id. */
    String sendDocument(String chatId, String fileName, byte[] pdf, String caption) throws IOException {
        ProviderHttp.Form form = new ProviderHttp.Form().field("chat_id", chatId);
        if (caption != null) {
            form.field("caption", caption);
        }
        form.file("document", fileName, PDF, pdf);
        return call("sendDocument", form.contentType(), form.bytes());
    }

    private String call(String method, String contentType, byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(method))
                .timeout(properties.timeout())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = ProviderHttp.send(http, request);
        JsonNode answer = answer(response.body());
        if (response.statusCode() / 100 != 2 || !answer.path("ok").asBoolean(false)) {
            Duration retryAfter = answer.path("parameters").hasNonNull("retry_after")
                    ? Duration.ofSeconds(Math.max(0, answer.path("parameters").path("retry_after").asLong()))
                    : response.headers().firstValue("Retry-After").map(ProviderRefused::seconds).orElse(null);
            throw new ProviderRefused(answer.path("error_code").asInt(response.statusCode()), retryAfter);
        }
        return answer.path("result").path("message_id").asText();
    }

    /** The answer's JSON; a body that is none (a proxy's error page) counts as an empty answer. */
    private JsonNode answer(byte[] body) {
        try {
            return body == null || body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private URI endpoint(String method) {
        String base = properties.apiBase().toString().replaceAll("/+$", "");
        return URI.create(base + "/bot" + properties.botToken() + "/" + method);
    }
}
