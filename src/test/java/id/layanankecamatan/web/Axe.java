package id.layanankecamatan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package, as bundled in com.deque.html.axe-core:selenium) run on the page the browser shows.
 * Only the script is used: it is injected and run here, so the tests do not depend on Deque's Java wrapper.
 */
final class Axe {

    /** The impacts a page must not have: a person using a screen reader or keyboard is blocked or badly hindered. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + " → " + String.join(", ", targets);
        }
    }

    private Axe() {
    }

    /** All violations axe finds on the current page. */
    static List<Violation> violations(WebDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(answer);
        if (json.startsWith("ERROR ")) {
            throw new IllegalStateException("axe failed: " + json);
        }
        try {
            List<Violation> found = new ArrayList<>();
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                found.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(),
                        targets));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations only, for assertions. */
    static List<Violation> blocking(WebDriver driver) {
        return violations(driver).stream().filter(v -> BLOCKING.contains(v.impact())).toList();
    }

    /** One line per violation, for a failure message. */
    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
