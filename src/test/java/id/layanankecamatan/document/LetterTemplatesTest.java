package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.CatalogueFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter template that names something no letter can fill stops the start, not the camat's signature. */
class LetterTemplatesTest {

    @TempDir
    Path overrides;

    @Test
    void theReleasedTemplatesNameOnlyWhatTheLetterFills() {
        new LetterTemplates(new LetterProperties(null, false, null, null, null), catalogue());
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsFile() throws IOException {
        Files.writeString(overrides.resolve("keramaian.txt"),
                "Nama {name}, acara {eventName} pada {tanggalAcara}.\n\nUntuk {purpose} dan {nomorSurat}.");
        Files.writeString(overrides.resolve("domisili.txt"), "# only a comment\n");

        assertThatThrownBy(() -> new LetterTemplates(new LetterProperties(null, false, overrides.toString(), null, null),
                catalogue()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("letters/keramaian.txt names {nomorSurat}, which is neither a standard placeholder")
                .hasMessageContaining("letters/keramaian.txt names {tanggalAcara}")
                .hasMessageContaining("letters/domisili.txt is empty")
                .hasMessageNotContaining("{eventName}");
    }

    private static ServiceCatalog catalogue() {
        Map<String, ServiceDefinition> services = new LinkedHashMap<>();
        CatalogueFile.services().forEach(s -> services.put(s.code(), s));
        return new ServiceCatalog(services, Map.of("front-office", "Petugas loket"));
    }
}
