package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A new application as received from the portal, the API or the counter: the applicant, the service-specific
 * fields as sent (checked against the catalogue by the service), and the scans.
 */
public record Submission(String serviceCode, ApplicantData applicant, JsonNode details, List<UploadedFile> files,
                         String idempotencyKey, String channel) {

    public static final String CHANNEL_ONLINE = "online";
    public static final String CHANNEL_COUNTER = "loket";

    /** A service without specific fields. */
    public Submission(String serviceCode, ApplicantData applicant, List<UploadedFile> files, String idempotencyKey,
                      String channel) {
        this(serviceCode, applicant, null, files, idempotencyKey, channel);
    }
}
