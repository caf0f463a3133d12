package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A new application as received from the portal, the API or the counter: the applicant, the service-specific
 * fields as sent (checked against the catalogue by the service), and the scans. {@code registeredBy} is the
 * officer who registered a walk-in citizen at the counter (loket), or null when the citizen applied.
 * {@code idempotencyKey} is already scoped by the caller ("api:" + the header, or the portal session's own key
 * space), or null; the service stores only its hash, bound to a fingerprint of this request.
 */
public record Submission(String serviceCode, ApplicantData applicant, JsonNode details, List<UploadedFile> files,
                         String idempotencyKey, String channel, String registeredBy) {

    public static final String CHANNEL_ONLINE = "online";
    public static final String CHANNEL_COUNTER = "loket";

    /** Submitted by the citizen. */
    public Submission(String serviceCode, ApplicantData applicant, JsonNode details, List<UploadedFile> files,
                      String idempotencyKey, String channel) {
        this(serviceCode, applicant, details, files, idempotencyKey, channel, null);
    }

    /** A service without specific fields, submitted by the citizen. */
    public Submission(String serviceCode, ApplicantData applicant, List<UploadedFile> files, String idempotencyKey,
                      String channel) {
        this(serviceCode, applicant, null, files, idempotencyKey, channel);
    }
}
