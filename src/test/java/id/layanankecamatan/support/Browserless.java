package id.layanankecamatan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps the session cookie it is given, reads a form's hidden fields (the CSRF token
 * among them) and posts them back as a browser would. Redirects are not followed, so tests see them.
 */
public class Browserless {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    public Browserless(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Optional<String> session() {
        return Optional.ofNullable(session);
    }

    /** Uses another session id, as a planted or stolen cookie would. */
    public void useSession(String sessionId) {
        this.session = sessionId;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The citizen's tracking page, unlocked as a browser does: the form's token, then number and code. */
    public String trackingPage(String registrationNumber, String trackingCode) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields(get("/lacak").body()));
        fields.put("nomor", registrationNumber);
        fields.put("kode", trackingCode);
        HttpResponse<String> unlocked = postForm("/lacak", fields);
        return get(URI.create(unlocked.headers().firstValue("Location").orElseThrow()).getPath()).body();
    }

    /** Every hidden field of the page's forms (name → value; the last one wins). */
    public static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = HIDDEN.matcher(page);
        while (inputs.find()) {
            Matcher name = NAME.matcher(inputs.group());
            Matcher value = VALUE.matcher(inputs.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                session = m.group(1);
            }
        });
        return response;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
