package id.layanankecamatan.staff;

import id.layanankecamatan.notify.MailOutbox;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One message to the applicant as staff see it on the application's page: which channel reached (or did not
 * reach) the citizen with which notice, and when. No text: the page shows that the citizen was told, not what.
 */
public record SentMessage(String channel, String event, String status, OffsetDateTime at, boolean failed) {

    private static final Map<String, String> CHANNELS = Map.of("EMAIL", "Surel", "WHATSAPP", "WhatsApp",
            "TELEGRAM", "Telegram");
    private static final Map<String, String> EVENTS = Map.of("received", "Permohonan diterima",
            "returned", "Dikembalikan untuk perbaikan", "reminder", "Pengingat batas perbaikan", "rejected", "Ditolak",
            "closed", "Ditutup",
            "issued", "Surat terbit", "linked", "Telegram terhubung");
    private static final Map<String, String> STATUSES = Map.of("PENDING", "menunggu dikirim", "SENT", "terkirim",
            "FAILED", "GAGAL dikirim");
    // what WhatsApp reported after the office sent it
    private static final Map<String, String> REPORTED = Map.of("sent", "diterima server WhatsApp",
            "delivered", "sampai di ponsel", "read", "dibaca", "failed", "GAGAL sampai");

    static SentMessage of(MailOutbox.SentNotice notice) {
        String status = STATUSES.getOrDefault(notice.status(), notice.status());
        if (notice.providerStatus() != null) {
            status += ", " + REPORTED.getOrDefault(notice.providerStatus(), notice.providerStatus());
        }
        return new SentMessage(CHANNELS.getOrDefault(notice.channel(), notice.channel()),
                EVENTS.getOrDefault(notice.event(), notice.event()), status, notice.at(),
                "FAILED".equals(notice.status()) || "failed".equals(notice.providerStatus()));
    }
}
