package id.layanankecamatan.privacy;

import java.time.OffsetDateTime;

/** One read (or refused read) of a citizen's personal data. */
public record AccessLogEntry(long id, OffsetDateTime accessedAt, String userId, String registrationNumber, String item,
                             String reason, String outcome) {

    public boolean allowed() {
        return AccessLog.ALLOWED.equals(outcome);
    }
}
