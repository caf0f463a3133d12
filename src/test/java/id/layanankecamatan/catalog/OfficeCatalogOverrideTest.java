package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.calendar.WorkingDuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * An office changes one step of one service, and adds a group, in its own file (README: "Service catalogue"),
 * loaded the way the application loads its configuration; everything it does not name stays as released.
 */
class OfficeCatalogOverrideTest {

    @TempDir
    Path dir;

    @Test
    void oneStepOfOneServiceIsChangedWithoutCopyingTheCatalogue() throws IOException {
        Path office = dir.resolve("kantor.yaml");
        Files.writeString(office, """
                layanan:
                  catalog:
                    groups:
                      kasi-pemerintahan: Kepala Seksi Pemerintahan
                    services:
                      domisili:
                        steps:
                          verify:
                            groups: kasi-pemerintahan
                          sign:
                            due: PT2H
                """);

        ServiceCatalog released = catalog(Map.of());
        ServiceCatalog changed = catalog(Map.of("spring.config.additional-location", "file:" + office));

        ServiceDefinition domisili = changed.get("domisili");
        assertThat(domisili.step("sign").due()).isEqualTo(WorkingDuration.valueOf("PT2H"));
        assertThat(domisili.step("sign").groups()).isEqualTo(released.get("domisili").step("sign").groups());
        assertThat(domisili.step("sign").form()).isEqualTo("sign-letter");
        assertThat(domisili.step("verify").groups()).containsExactly("kasi-pemerintahan");
        assertThat(domisili.step("verify").form()).isEqualTo(released.get("domisili").step("verify").form());
        assertThat(domisili.name()).isEqualTo(released.get("domisili").name());
        assertThat(changed.groups()).containsAllEntriesOf(released.groups())
                .containsEntry("kasi-pemerintahan", "Kepala Seksi Pemerintahan");
        // every other service exactly as released, in the same order
        assertThat(changed.services().stream().map(ServiceDefinition::code))
                .containsExactlyElementsOf(released.services().stream().map(ServiceDefinition::code).toList());
        assertThat(changed.services()).filteredOn(s -> !s.code().equals("domisili"))
                .containsExactlyElementsOf(released.services().stream().filter(s -> !s.code().equals("domisili")).toList());
        assertThat(released.get("domisili").step("sign").due()).isNotEqualTo(WorkingDuration.valueOf("PT2H"));
    }

    private static ServiceCatalog catalog(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return Binder.get(environment).bind("layanan.catalog", ServiceCatalog.class).get();
    }

    @Test
    void theReleasedCatalogueListsEveryServiceOnce() {
        List<String> codes = catalog(Map.of()).services().stream().map(ServiceDefinition::code).toList();
        assertThat(codes).doesNotHaveDuplicates().contains("domisili", "sktm", "legalisasi");
    }
}
