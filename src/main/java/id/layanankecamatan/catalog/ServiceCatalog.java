package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The services this office publishes, loaded from catalog.yaml at start, and the office's staff groups. Services
 * are keyed by code, and each service's steps by name, so an office's own configuration can change one service or
 * one step (Spring merges maps from several files) or add a service, without copying the list. A service missing
 * any of the 14 components of its standard stops the start with a message naming the service and the component;
 * what the catalogue implies about processes, groups, forms and letters is checked by {@link CatalogCheck}. The
 * office-wide anchors of every standard (decrees, responsible official, service hours) are its {@link ServiceStandards}.
 */
@Validated
@ConfigurationProperties("layanan.catalog")
public class ServiceCatalog {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    private final @NotEmpty Map<String, @Valid ServiceDefinition> services;
    private final @NotEmpty Map<String, String> groups;
    private final @NotNull(message = "the office's standards are required (README, Service catalogue)")
    @Valid ServiceStandards standards;

    public ServiceCatalog(ServiceStandards standards, Map<String, ServiceDefinition> services,
                          Map<String, String> groups) {
        Map<String, ServiceDefinition> keyed = new LinkedHashMap<>();
        (services == null ? Map.<String, ServiceDefinition>of() : services).forEach((code, service) -> {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Service code '" + code + "' may use only a-z, 0-9 and '-'");
            }
            keyed.put(code, service.withCode(code));
        });
        this.services = Collections.unmodifiableMap(keyed);
        this.groups = groups == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.standards = standards;
    }

    /** The decrees, official, hours and complaint contact that every standard of the office rests on. */
    public ServiceStandards standards() {
        return standards;
    }

    /** Every service, in catalogue order (the portal's order). */
    public List<ServiceDefinition> services() {
        return List.copyOf(services.values());
    }

    /** The office's Camunda groups by id, with their names. */
    public Map<String, String> groups() {
        return groups;
    }

    public Optional<ServiceDefinition> find(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code));
    }

    public ServiceDefinition get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No service '" + code + "' in the catalogue"));
    }
}
