package id.layanankecamatan.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** One step on the citizen's timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationEvent(ApplicationStatus status, String note, String actor, OffsetDateTime occurredAt) {

    @JsonProperty("label")
    public String label() {
        return status.label();
    }
}
