package id.layanankecamatan.application;

import java.time.OffsetDateTime;

/** Whether the office keeps the promised completion time, as the citizen reads it. */
public enum Timeliness {
    ON_TIME("Sesuai janji waktu layanan"),
    LATE("Melewati janji waktu layanan"),
    COMPLETED_ON_TIME("Selesai tepat waktu"),
    COMPLETED_LATE("Selesai melewati janji waktu layanan"),
    PAUSED("Waktu layanan berhenti sementara, menunggu perbaikan dari Anda"),
    NOT_CONTINUED("Permohonan tidak dilanjutkan");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Open applications compare the due time with now, issued ones with the moment of issue; ones that ended
     * otherwise make no promise any more. Null when no due time was set (applications from before deadlines).
     */
    public static Timeliness of(Application application, OffsetDateTime issuedAt, OffsetDateTime now) {
        if (application.dueAt() == null) {
            return null;
        }
        if (application.status() == ApplicationStatus.ISSUED) {
            OffsetDateTime done = issuedAt == null ? application.updatedAt() : issuedAt;
            return done.isAfter(application.dueAt()) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        if (application.status().isFinal()) {
            return NOT_CONTINUED;
        }
        if (application.clockPausedAt() != null) {
            return PAUSED;
        }
        return now.isAfter(application.dueAt()) ? LATE : ON_TIME;
    }
}
