package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The services this office publishes, loaded from catalog.yaml at start. A service missing any of the 14
 * components of its standard stops the start with a message naming the service and the component.
 */
@Validated
@ConfigurationProperties("layanan.catalog")
public record ServiceCatalog(@NotEmpty List<@Valid ServiceDefinition> services,
                             List<@Valid ServiceDefinition> additionalServices) {

    /** {@code additional-services} lets a deployment add its own services in a separate file or profile. */
    public ServiceCatalog {
        List<ServiceDefinition> all = new ArrayList<>(services == null ? List.of() : services);
        all.addAll(additionalServices == null ? List.of() : additionalServices);
        services = List.copyOf(all);
        additionalServices = additionalServices == null ? List.of() : List.copyOf(additionalServices);
    }

    public Optional<ServiceDefinition> find(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public ServiceDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No service '" + code + "' in the catalogue"));
    }
}
