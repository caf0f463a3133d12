package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.support.CatalogueFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every verification form is what the shared skeleton and the service's catalogue fields make of it (issue 11:
 * a field is written once). The forms are kept as files, which the engine deploys and the Modeler opens; this test
 * regenerates each one and compares it, as JSON, with the file. Run with {@code -Dregenerate=true} it rewrites the
 * files first.
 */
class VerifyFormsTest {

    static final String REGENERATE_COMMAND =
            "./mvnw -o test-compile surefire:test@default-test -Dtest=VerifyFormsTest -Dregenerate=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyVerificationFormIsTheSkeletonWithItsServiceFields() throws IOException {
        VerifyFormGenerator generator = new VerifyFormGenerator();
        List<String> stale = new ArrayList<>();
        for (ServiceDefinition service : CatalogueFile.services()) {
            String formId = verifyFormOf(service);
            ObjectNode expected = generator.form(formId, service);
            Path file = VerifyFormGenerator.fileOf(formId);
            if (Boolean.getBoolean("regenerate")) {
                generator.write(expected, file);
            }
            String difference = Files.exists(file) ? difference(expected, JSON.readTree(file.toFile())) : "is missing";
            if (difference != null) {
                stale.add(service.code() + ": " + file + " " + difference);
            }
        }
        assertThat(stale).as("Verification forms that are not what catalog.yaml and %s make of them. Edit those "
                + "two (not the form) and rewrite the forms with: %s", VerifyFormGenerator.SKELETON, REGENERATE_COMMAND)
                .isEmpty();
    }

    @Test
    void everyVerificationFormInTheFormsFolderBelongsToAService() throws IOException {
        Set<String> named = CatalogueFile.services().stream().map(VerifyFormsTest::verifyFormOf).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            // a form no service names would drift on its own, unchecked
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.matches("verify-.*\\.form"))
                    .map(f -> f.substring(0, f.length() - ".form".length()))
                    // the complaint process's own verification form, not a service's (complaint.ComplaintIds)
                    .filter(id -> !id.equals("verify-complaint")))
                    .as("forms/verify-*.form that no service names as its verification form")
                    .isNotEmpty().allSatisfy(id -> assertThat(named).contains(id));
        }
    }

    @Test
    void aLabelEditedInTheFormAloneIsNamed() throws IOException {
        ServiceDefinition keramaian = CatalogueFile.services().stream().filter(s -> s.code().equals("keramaian"))
                .findFirst().orElseThrow(() -> new AssertionError("no keramaian in catalog.yaml"));
        ObjectNode edited = (ObjectNode) JSON.readTree(VerifyFormGenerator.fileOf(verifyFormOf(keramaian)).toFile());
        ((ObjectNode) edited.path("components").get(4)).put("label", "Nama kegiatan");

        assertThat(difference(new VerifyFormGenerator().form(verifyFormOf(keramaian), keramaian), edited))
                .startsWith("component 'field_eventName' differs: expected {").contains("\"label\":\"Nama kegiatan\"");
    }

    /** The one place that knows where the catalogue names a service's verification form. */
    private static String verifyFormOf(ServiceDefinition service) {
        return service.step("verify").form();
    }

    /** The first way the file departs from the generated form, naming the component; null when they are equal. */
    private static String difference(JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return null;
        }
        for (String key : union(expected.fieldNames(), actual.fieldNames())) {
            if (!key.equals("components") && !expected.path(key).equals(actual.path(key))) {
                return "differs in \"" + key + "\": expected " + expected.path(key) + ", found " + actual.path(key);
            }
        }
        Map<String, JsonNode> want = byId(expected.path("components"));
        Map<String, JsonNode> have = byId(actual.path("components"));
        for (String id : union(want.keySet().iterator(), have.keySet().iterator())) {
            if (!have.containsKey(id)) {
                return "has no component '" + id + "'; expected " + want.get(id);
            }
            if (!want.containsKey(id)) {
                return "has component '" + id + "', which the skeleton and the catalogue do not make";
            }
            if (!want.get(id).equals(have.get(id))) {
                return "component '" + id + "' differs: expected " + want.get(id) + ", found " + have.get(id);
            }
        }
        return "has its components in another order: expected " + want.keySet() + ", found " + have.keySet();
    }

    private static Map<String, JsonNode> byId(JsonNode components) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        components.forEach(component -> byId.put(component.path("id").asText(), component));
        return byId;
    }

    private static List<String> union(java.util.Iterator<String> first, java.util.Iterator<String> second) {
        List<String> all = new ArrayList<>();
        first.forEachRemaining(all::add);
        second.forEachRemaining(key -> {
            if (!all.contains(key)) {
                all.add(key);
            }
        });
        return all;
    }
}
