package id.layanankecamatan.support;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser for the portal forms: one cookie jar (the session), a GET of the form first, and
 * every hidden input of that form sent back with the POST. Whatever the form carries (an idempotency key, a CSRF
 * token of any name) is therefore sent as a browser would, without this client knowing its name.
 */
public class PortalClient {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("\\btype=\"hidden\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKED = Pattern.compile("\\btype=\"checkbox\"[^>]*\\bchecked\\b", Pattern.CASE_INSENSITIVE);

    // what a browser asks for: pages, so errors come as the portal's pages
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient client;

    public PortalClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A text field or a file of a multipart form, in the order sent. */
    public record Part(String name, String fileName, byte[] content) {
        public static Part text(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, byte[] content) {
            return new Part(name, fileName, content);
        }
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The hidden inputs of the page at {@code formPath}, by name. */
    public Map<String, String> hiddenInputs(String formPath) throws Exception {
        return hiddenInputsOf(page(formPath));
    }

    private HttpResponse<String> page(String formPath) throws Exception {
        HttpResponse<String> page = get(formPath);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + formPath + " answered " + page.statusCode());
        }
        return page;
    }

    private static Map<String, String> hiddenInputsOf(HttpResponse<String> page) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page.body());
        while (input.find()) {
            String tag = input.group();
            if (HIDDEN.matcher(tag).find()) {
                hidden.put(attribute(tag, "name"), attribute(tag, "value") == null ? "" : attribute(tag, "value"));
            }
        }
        return hidden;
    }

    private static List<Part> tickedBoxesOf(HttpResponse<String> page) {
        List<Part> ticked = new ArrayList<>();
        Matcher input = INPUT.matcher(page.body());
        while (input.find()) {
            String tag = input.group();
            if (TICKED.matcher(tag).find()) {
                ticked.add(Part.text(attribute(tag, "name"), attribute(tag, "value")));
            }
        }
        return ticked;
    }

    /**
     * Where the page's form posts to, as a browser would send it (the address may carry a token in its query). When
     * a case posts elsewhere ({@code postPath}, e.g. an edited address), the form's query goes along, as it would in
     * a browser whose user edited only the path.
     */
    private static String actionOf(HttpResponse<String> page, String postPath) {
        Matcher action = ACTION.matcher(page.body());
        String query = null;
        while (action.find()) {
            String target = action.group(1).replace("&amp;", "&");
            if (target.equals(postPath) || target.startsWith(postPath + "?")) {
                return target;
            }
            if (query == null && target.contains("?")) {
                query = target.substring(target.indexOf('?'));
            }
        }
        return query == null ? postPath : postPath + query;
    }

    /** GET {@code formPath}, then POST the form's hidden inputs and {@code parts} as multipart to {@code postPath}. */
    public HttpResponse<String> submit(String formPath, String postPath, List<Part> parts) throws Exception {
        return submit(load(formPath), postPath, parts);
    }

    /** A form page loaded once, for several requests made with it (its key, its token), as its page's script does. */
    public record LoadedForm(HttpResponse<String> page) {

        public Map<String, String> hiddenInputs() {
            return hiddenInputsOf(page);
        }
    }

    public LoadedForm load(String formPath) throws Exception {
        return new LoadedForm(page(formPath));
    }

    /** POST the loaded form's hidden inputs and {@code parts} as multipart to {@code postPath}. */
    public HttpResponse<String> submit(LoadedForm form, String postPath, List<Part> parts) throws Exception {
        HttpResponse<String> page = form.page();
        List<Part> all = new ArrayList<>();
        // a part named like a hidden input replaces it, as a page's script that changes the input's value would
        hiddenInputsOf(page).forEach((name, value) -> {
            if (parts.stream().noneMatch(p -> p.name().equals(name))) {
                all.add(Part.text(name, value));
            }
        });
        // boxes ticked on the page go along as a browser sends them, unless the case sends that name itself
        tickedBoxesOf(page).stream().filter(box -> parts.stream().noneMatch(p -> p.name().equals(box.name())))
                .forEach(all::add);
        all.addAll(parts);
        String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : all) {
            body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            String disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName().replace("\"", "%22") + "\"");
            body.writeBytes((disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (part.fileName() != null) {
                body.writeBytes("Content-Type: application/octet-stream\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + actionOf(page, postPath)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The value of the input named {@code name} in {@code html}, unescaped, or null when there is none. */
    public static String inputValue(String html, String name) {
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if (name.equals(attribute(input.group(), "name"))) {
                return attribute(input.group(), "value");
            }
        }
        return null;
    }

    private static String attribute(String tag, String attribute) {
        Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescape(value.group(1)) : null;
    }

    /** HTML character references back to text: named basics and numeric ones. */
    public static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(text);
        return text.toString();
    }
}
