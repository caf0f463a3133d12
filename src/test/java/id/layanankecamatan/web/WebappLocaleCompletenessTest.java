package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of the Camunda webapps on the classpath has Indonesian text in our {@code locales/id.json}, with the
 * same {@code {{placeholders}}}: the English file is read from the camunda-webapp-webjar jar itself, so a Camunda
 * upgrade that adds labels fails here until they are translated (i18n/install.py writes id.json).
 */
@Tag("fast")
class WebappLocaleCompletenessTest {

    private static final String LOCALE = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasIndonesianTextWithTheSamePlaceholders(String app) throws IOException {
        JsonNode english = read(locale(app, "en", true));
        JsonNode indonesian = read(locale(app, "id", false));
        List<String> problems = new ArrayList<>();
        compare("labels", english.path("labels"), indonesian.path("labels"), problems);
        if (english.has("dateLocales")) {
            compare("dateLocales", english.get("dateLocales"), indonesian.path("dateLocales"), problems);
        }
        assertThat(english.path("labels").size()).as("labels of the webjar's %s en.json", app).isGreaterThan(100);
        assertThat(problems).as("%s: locales/id.json against the webjar's en.json (%d problems)", app, problems.size())
                .isEmpty();
    }

    /** What {@code indonesian} lacks of {@code english}, key by key (nested for dateLocales). */
    private static void compare(String path, JsonNode english, JsonNode indonesian, List<String> problems) {
        if (english.isObject()) {
            english.fieldNames().forEachRemaining(key ->
                    compare(path + "." + key, english.get(key), indonesian.path(key), problems));
        } else if (english.isArray()) {
            if (indonesian.size() != english.size()) {
                problems.add(path + ": " + indonesian.size() + " entries instead of " + english.size());
            }
            for (int i = 0; i < english.size(); i++) {
                compare(path + "[" + i + "]", english.get(i), indonesian.path(i), problems);
            }
        } else if (indonesian.isMissingNode() || indonesian.isNull() || indonesian.asText().isBlank()) {
            problems.add(path + ": missing (\"" + english.asText() + "\")");
        } else if (!placeholders(english.asText()).equals(placeholders(indonesian.asText()))) {
            problems.add(path + ": placeholders " + placeholders(indonesian.asText()) + " instead of "
                    + placeholders(english.asText()));
        }
    }

    private static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1).replaceAll("\\s+", ""));
        }
        Collections.sort(names);
        return names;
    }

    /** The webjar's own file, or ours: the same path exists in both jars only for a language the webjar brings. */
    private static URL locale(String app, String language, boolean fromWebjar) throws IOException {
        List<URL> found = Collections.list(WebappLocaleCompletenessTest.class.getClassLoader()
                .getResources(LOCALE.formatted(app, language)));
        List<URL> wanted = found.stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar") == fromWebjar).toList();
        assertThat(wanted).as("%s/locales/%s.json %s on the classpath (%s)", app, language,
                fromWebjar ? "in the camunda-webapp-webjar jar" : "of this application", found).hasSize(1);
        return wanted.get(0);
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        }
    }
}
