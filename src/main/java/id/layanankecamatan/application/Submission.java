package id.layanankecamatan.application;

import java.util.List;

/** A new application as received from the portal, the API or the counter. */
public record Submission(String serviceCode, ApplicantData applicant, List<UploadedFile> files, String idempotencyKey,
                         String channel) {

    public static final String CHANNEL_ONLINE = "online";
}
