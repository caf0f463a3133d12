package id.layanankecamatan.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The services this office publishes, loaded from catalog.yaml at start. */
@ConfigurationProperties("layanan.catalog")
public record ServiceCatalog(List<ServiceDefinition> services) {

    public Optional<ServiceDefinition> find(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public ServiceDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No service '" + code + "' in the catalogue"));
    }
}
