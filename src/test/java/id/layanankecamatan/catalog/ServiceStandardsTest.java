package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.support.CatalogueFile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The office-wide anchors of the standards: required at start, cited in Indonesian, and the released values are
 * examples marked as such (the production profile refuses them: ProductionStartTest).
 */
class ServiceStandardsTest {

    private static final String STANDARDS = "layanan.catalog.standards.";

    @Test
    void theReleasedStandardsAreCitedInIndonesianAndMarkedAsExamples() {
        ServiceStandards standards = CatalogueFile.catalogue().standards();

        assertThat(standards.delegationDecree().citation()).isEqualTo("Keputusan Wali Kota Padangsidimpuan tentang "
                + "Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat Nomor CONTOH-000/2026 tanggal 2 Januari 2026");
        assertThat(standards.standardsDecree().citation()).isEqualTo(
                "Keputusan Camat Padangsidimpuan Batunadua tentang Standar Pelayanan Nomor CONTOH-000/SK/BTN/2026");
        assertThat(standards.standardsDecree().validity())
                .isEqualTo("berlaku sejak 5 Januari 2026, ditinjau terakhir 5 Januari 2026");
        assertThat(standards.responsibleOfficial().nameAndPosition())
                .isEqualTo("CONTOH Nama Camat, Camat Padangsidimpuan Batunadua");
        assertThat(standards.pledgedOn()).isEqualTo("5 Januari 2026");
        assertThat(standards.examplesLeft()).containsExactly(STANDARDS + "delegation-decree.number",
                STANDARDS + "standards-decree.number", STANDARDS + "responsible-official.name",
                STANDARDS + "complaint-officer.name", STANDARDS + "service-hours", STANDARDS + "complaint-contact");
        assertThat(standards.complaintOfficer().nameAndPosition()).isEqualTo(
                "CONTOH Nama Pengelola Pengaduan, Pengelola Pengaduan");
    }

    @Test
    void theOfficesOwnValuesAreNoExamples() {
        ServiceStandards own = new ServiceStandards(
                new ServiceStandards.Decree("Keputusan Wali Kota Padangsidimpuan tentang Pelimpahan", "100/12/2026",
                        java.time.LocalDate.of(2026, 2, 3)),
                new ServiceStandards.StandardsDecree("Keputusan Camat tentang Standar Pelayanan", "060/7/SK/2026",
                        java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 9, 1)),
                new ServiceStandards.Official("Camat Padangsidimpuan Batunadua", "Drs. Ahmad Siregar"),
                new ServiceStandards.Official("Pengelola Pengaduan", "Rina Harahap, S.Sos."),
                "Senin–Kamis pukul 08.00–15.00 WIB", "Loket pengaduan, telepon (0634) 21000", null);
        assertThat(own.examplesLeft()).isEmpty();
        // the mark counts in any case
        ServiceStandards lower = new ServiceStandards(own.delegationDecree(), own.standardsDecree(),
                own.responsibleOfficial(), own.complaintOfficer(), own.serviceHours(), "contoh: loket pengaduan", null);
        assertThat(lower.examplesLeft()).containsExactly(STANDARDS + "complaint-contact");
    }

    @Test
    void aMissingDecreeStopsTheStartNamingIt() {
        Map<String, Object> withoutDelegation = catalogueProperties();
        withoutDelegation.keySet().removeIf(key -> key.startsWith(STANDARDS + "delegation-decree."));
        assertThatThrownBy(() -> bind(withoutDelegation))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("the Keputusan Wali Kota delegating authority to the camat is required");

        Map<String, Object> withoutNumber = catalogueProperties();
        withoutNumber.remove(STANDARDS + "standards-decree.number");
        assertThatThrownBy(() -> bind(withoutNumber))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("NotBlank.layanan.catalog.standards.standards-decree.number");

        Map<String, Object> withoutHours = catalogueProperties();
        withoutHours.remove(STANDARDS + "service-hours");
        assertThatThrownBy(() -> bind(withoutHours))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("the service hours (jam layanan) are required");

        Map<String, Object> withoutComplaintOfficer = catalogueProperties();
        withoutComplaintOfficer.keySet().removeIf(key -> key.startsWith(STANDARDS + "complaint-officer."));
        assertThatThrownBy(() -> bind(withoutComplaintOfficer))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("the complaint officer is required (position, name)");
    }

    @Test
    void aCatalogueWithoutStandardsStopsTheStart() {
        Map<String, Object> catalogue = catalogueProperties();
        catalogue.keySet().removeIf(key -> key.startsWith(STANDARDS));

        assertThatThrownBy(() -> bind(catalogue))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("the office's standards are required (README, Service catalogue)");
        // the released catalogue binds
        assertThat(bind(catalogueProperties()).standards().examplesLeft()).isNotEmpty();
    }

    private static ServiceCatalog bind(Map<String, Object> properties) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return new Binder(new MapConfigurationPropertySource(properties)).bind("layanan.catalog",
                Bindable.of(ServiceCatalog.class), new ValidationBindHandler(validator)).get();
    }

    /** catalog.yaml as flat properties, to take settings away from. */
    private static Map<String, Object> catalogueProperties() {
        try {
            Map<String, Object> flat = new HashMap<>();
            for (var source : new YamlPropertySourceLoader().load("catalog",
                    new FileSystemResource("src/main/resources/catalog.yaml"))) {
                EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
                for (String name : enumerable.getPropertyNames()) {
                    flat.put(name, String.valueOf(enumerable.getProperty(name)));
                }
            }
            return flat;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
