package id.layanankecamatan.support;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/**
 * The catalogue of {@code src/main/resources/catalog.yaml}, bound as the application binds them but without starting
 * it, for tests that hold files in the repository (forms, diagrams) to the catalogue. Reads the source file, not
 * the copy in target/, so a test run after editing it sees the edit.
 */
public final class CatalogueFile {

    private static final String PATH = "src/main/resources/catalog.yaml";

    private CatalogueFile() {
    }

    public static Collection<ServiceDefinition> services() {
        return catalogue().services();
    }

    /** The whole catalogue, standards included. */
    public static ServiceCatalog catalogue() {
        try {
            var sources = new YamlPropertySourceLoader().load("catalog", new FileSystemResource(PATH));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("layanan.catalog", ServiceCatalog.class)
                    .orElseThrow(() -> new IllegalStateException("No layanan.catalog in " + PATH));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PATH, e);
        }
    }
}
