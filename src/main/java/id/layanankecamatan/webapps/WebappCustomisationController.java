package id.layanankecamatan.webapps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.document.LetterProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Camunda webapps' documented customisation files, at the paths the webapps load them from:
 * {@code app/<name>/scripts/config.js} (name, language, our script), {@code styles/user-styles.css} (no Camunda 8
 * banner, the emblem as logo), our script {@code scripts/layanan-webapp.js} (office clock, language switch) and the
 * emblem as logo and favicon. Generated here because the office's name, zone and emblem are configuration; a
 * controller mapping is asked before the webjar's static resource handler, so these replace the webjar's files.
 * The Indonesian labels are static: {@code META-INF/resources/webjars/camunda/app/<name>/locales/id.json}.
 */
@RestController
@RequestMapping("${camunda.bpm.webapp.application-path:/camunda}")
class WebappCustomisationController {

    private static final String APP = "/app/{app:tasklist|cockpit|admin|welcome}";
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    private static final String OFFICE_MARKER = "/*office*/{}";

    private final String configTemplate = text("webapps/config.js");
    private final String script = text("webapps/layanan-webapp.js");
    private final String styles = text("webapps/user-styles.css");
    private final Map<String, String> office = new LinkedHashMap<>();
    private final OfficeEmblem emblem;
    private final ObjectMapper json;

    WebappCustomisationController(OfficeProperties officeProperties, OfficeClock clock, LetterProperties letters,
                                  ObjectMapper json) {
        office.put("name", officeProperties.name());
        office.put("zone", clock.zone().getId());
        office.put("zoneName", clock.abbreviation());
        this.emblem = OfficeEmblem.of(letters.logo());
        this.json = json;
        if (!configTemplate.contains(OFFICE_MARKER)) {
            throw new IllegalStateException("webapps/config.js lost its marker " + OFFICE_MARKER);
        }
    }

    /** Loaded with a new ?bust= every time by the webapps, so it is never cached anyway. */
    @GetMapping(APP + "/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app) throws JsonProcessingException {
        Map<String, String> settings = new LinkedHashMap<>(office);
        settings.put("app", app);
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache())
                .body(configTemplate.replace(OFFICE_MARKER, json.writeValueAsString(settings)));
    }

    @GetMapping(APP + "/scripts/layanan-webapp.js")
    ResponseEntity<String> script(@PathVariable String app) {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }

    @GetMapping(APP + "/styles/user-styles.css")
    ResponseEntity<String> styles(@PathVariable String app) {
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.noCache()).body(styles);
    }

    @GetMapping({APP + "/styles/office-emblem", "/favicon.ico"})
    ResponseEntity<byte[]> emblem() {
        return ResponseEntity.ok().contentType(emblem.type()).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(emblem.picture());
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
