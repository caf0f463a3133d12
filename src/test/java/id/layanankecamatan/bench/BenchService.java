package id.layanankecamatan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The lifecycle the issue and the bare-engine baseline define, submit → verify → sign → letter, as an office could
 * configure it: the released Domisili (same process, forms, fields, uploads and letter) under a code of its own
 * without the paraf steps, added with an office catalogue file (README: Service catalogue). The released Domisili
 * has two paraf tasks between verify and sign, which the shared driver does not complete.
 */
final class BenchService {

    static final String CODE = "domisili-tanpa-paraf";

    private BenchService() {
    }

    /** Writes the catalogue file and the letter template into the node's folder; the environment that loads them. */
    @SuppressWarnings("unchecked")
    static Map<String, String> install(Path nodeHome) throws IOException {
        Map<String, Object> catalog;
        try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", "catalog.yaml"))) {
            catalog = new Yaml().load(in);
        }
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) catalog
                .get("layanan")).get("catalog")).get("services");
        Map<String, Object> domisili = new LinkedHashMap<>((Map<String, Object>) services.get("domisili"));
        Map<String, Object> steps = new LinkedHashMap<>((Map<String, Object>) domisili.get("steps"));
        steps.keySet().removeIf(step -> step.startsWith("paraf"));
        domisili.put("steps", steps);
        domisili.put("name", domisili.get("name") + " (uji beban, tanpa paraf)");
        Map<String, Object> file = Map.of("layanan", Map.of("catalog", Map.of("services", Map.of(CODE, domisili))));
        Files.createDirectories(nodeHome.resolve("config").resolve("letters"));
        Path catalogFile = nodeHome.resolve("config").resolve("bench-catalog.yaml");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(catalogFile, new Yaml(options).dump(file));
        Files.copy(Path.of("letters", "domisili.txt"), nodeHome.resolve("config").resolve("letters").resolve(CODE + ".txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Map.of("SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + catalogFile,
                "LETTER_TEMPLATE_DIR", nodeHome.resolve("config").resolve("letters").toString());
    }
}
