package id.layanankecamatan.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Service-specific data corrected by the officer at verification (Tasklist). Checked by the same
 * ServiceDataCheck as the portal and the API; only a valid change is stored, with an entry on the timeline
 * that names the corrected fields, so the citizen sees what the office changed.
 */
@Service
public class StaffDetailsCorrection {

    public static final String EVENT_NOTE = "Data layanan diperbaiki oleh petugas";

    private final ServiceCatalog catalog;
    private final ServiceDataCheck serviceData;
    private final ApplicationRepository applications;
    private final ObjectMapper json;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;

    public StaffDetailsCorrection(ServiceCatalog catalog, ServiceDataCheck serviceData, ApplicationRepository applications,
                                  ObjectMapper json, OfficeClock clock, ApplicationLifecycle lifecycle) {
        this.catalog = catalog;
        this.serviceData = serviceData;
        this.applications = applications;
        this.json = json;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    /**
     * Stores the submitted fields when they differ from the stored ones.
     *
     * @return the labels of the corrected fields; empty when nothing changed and nothing was written
     * @throws InvalidApplicationException naming every field that breaks a rule; nothing is written then
     */
    public List<String> correct(String registrationNumber, JsonNode submitted, String officer) {
        Application application = applications.lockByRegistrationNumber(registrationNumber).orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        ServiceDefinition service = catalog.get(application.serviceCode());
        DetailsValidator.Result result = serviceData.check(service, submitted, application.details());
        if (!result.problems().isEmpty()) {
            throw new InvalidApplicationException(result.problems());
        }
        List<String> changed = service.fields().stream()
                .filter(f -> !sameJson(application.details().get(f.code()), result.values().get(f.code())))
                .map(FieldDefinition::label).toList();
        if (!changed.isEmpty()) {
            OffsetDateTime now = clock.now();
            applications.updateDetails(application.id(), result.values(), now);
            lifecycle.note(application, EVENT_NOTE + ": " + String.join(", ", changed) + ".", officer, now);
        }
        return changed;
    }

    /** Stored numbers come back from JSON as Integer, validated ones are Long: compare them as JSON text. */
    private boolean sameJson(Object stored, Object validated) {
        try {
            return json.writeValueAsString(stored).equals(json.writeValueAsString(validated));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
