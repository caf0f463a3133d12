package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.CatalogueFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter template that names something no letter can fill stops the start, not the camat's signature; rows and
 * the closing sentence are read as the README's "Surat resmi" describes them.
 */
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

    @Test
    void labelColonValueLinesBecomeOneRunOfRowsBetweenSentences() throws IOException {
        Files.writeString(overrides.resolve("domisili.txt"), """
                # a.n. rows as tata naskah writes them
                Yang bertanda tangan di bawah ini:
                a. Nama    : {signerName}
                b. Jabatan : {signerTitle}
                dengan ini menerangkan bahwa untuk keperluan: {purpose} yang tersebut
                di bawah ini benar warga kami, sebagai berikut :

                Nama : {name}
                Alamat : {address} {rtRw}
                """);
        ServiceCatalog catalogue = catalogue();
        List<LetterBlock> blocks = new LetterTemplates(new LetterProperties(null, false, overrides.toString(), null,
                null), catalogue).blocks(catalogue.get("domisili"));

        assertThat(blocks).containsExactly(
                new LetterBlock.Paragraph("Yang bertanda tangan di bawah ini:"),
                new LetterBlock.Rows(List.of(new LetterBlock.Row("a. Nama", "{signerName}"),
                        new LetterBlock.Row("b. Jabatan", "{signerTitle}"))),
                // "keperluan: …" and "berikut :" at the end of a line are sentences, not rows
                new LetterBlock.Paragraph("dengan ini menerangkan bahwa untuk keperluan: {purpose} yang tersebut "
                        + "di bawah ini benar warga kami, sebagai berikut :"),
                new LetterBlock.Rows(List.of(new LetterBlock.Row("Nama", "{name}"),
                        new LetterBlock.Row("Alamat", "{address} {rtRw}"))),
                new LetterBlock.Paragraph(LetterProperties.DEFAULT_CLOSING));
    }

    @Test
    void everyLetterClosesOnceWithTheTemplatesOwnClosingOrTheOffices() throws IOException {
        Files.writeString(overrides.resolve("domisili.txt"), """
                Menerangkan {name}.

                Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.
                """);
        Files.writeString(overrides.resolve("sku.txt"), "Menerangkan {name}.\n");
        ServiceCatalog catalogue = catalogue();
        LetterTemplates templates = new LetterTemplates(new LetterProperties(null, false, overrides.toString(), null,
                "Demikian keterangan ini kami berikan."), catalogue);

        assertThat(templates.blocks(catalogue.get("domisili"))).extracting(LetterBlock::source).containsExactly(
                "Menerangkan {name}.", "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.");
        assertThat(templates.blocks(catalogue.get("sku"))).extracting(LetterBlock::source).containsExactly(
                "Menerangkan {name}.", "Demikian keterangan ini kami berikan.");
        // every bundled template ends with a closing sentence, its own or the default
        LetterTemplates released = new LetterTemplates(new LetterProperties(null, false, null, null, null), catalogue);
        for (ServiceDefinition service : catalogue.services()) {
            List<LetterBlock> blocks = released.blocks(service);
            if (service.letter().stampsCopy()) {
                // a stamp on a copy is the template's text alone
                assertThat(blocks).extracting(LetterBlock::source).as(service.code()).noneMatch(b -> b.startsWith("Demikian"));
                continue;
            }
            assertThat(blocks.get(blocks.size() - 1).source()).as(service.code()).startsWith("Demikian");
            assertThat(blocks.stream().filter(b -> b.source().startsWith("Demikian")).count()).as(service.code())
                    .isEqualTo(1);
        }
    }

    @Test
    void anUnknownFormatOrAClosingThatIsNoneStopsTheStart() throws IOException {
        Files.writeString(overrides.resolve("sku.txt"), "Modal {capital:dollar}, tanggal {name:rupiah}.");
        assertThatThrownBy(() -> new LetterTemplates(new LetterProperties(null, false, overrides.toString(), null,
                null), catalogue()))
                .hasMessageContaining("letters/sku.txt formats a value as 'dollar', which letters do not know")
                .hasMessageNotContaining("'rupiah'");
        assertThatThrownBy(() -> new LetterTemplates(new LetterProperties(null, false, null, null,
                "Terima kasih."), catalogue()))
                .hasMessageContaining("layanan.letters.closing must begin with 'Demikian'");
    }

    @Test
    void aStampOnACopyThatIsNoUploadedFileStopsTheStart() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("catalog", new FileSystemResource("src/main/resources/catalog.yaml"));
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        // the original is seen at the counter: there is no file to stamp
        sources.add(new MapConfigurationPropertySource(Map.of(
                "layanan.catalog.services.legalisasi.letter.stamp-on-copy", "asli")));
        ConfigurationPropertySources.from(yaml).forEach(sources::add);
        ServiceCatalog catalogue = new Binder(sources).bind("layanan.catalog", ServiceCatalog.class).get();

        assertThatThrownBy(() -> new LetterTemplates(new LetterProperties(null, false, null, null, null), catalogue))
                .hasMessageContaining("letter.stamp-on-copy of legalisasi names 'asli', which is not a requirement of "
                        + "the service with a required file");
    }

    private static ServiceCatalog catalogue() {
        return CatalogueFile.catalogue();
    }
}
