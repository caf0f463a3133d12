package id.layanankecamatan.notify;

import java.io.IOException;
import java.time.Duration;

/**
 * A messaging provider (WhatsApp Cloud API, Telegram Bot API) answered, but not with success; {@code retryAfter}
 * is null unless it said when to come back (a 429's Retry-After, Telegram's {@code retry_after}).
 */
final class ProviderRefused extends IOException {

    private final int status;
    private final transient Duration retryAfter;

    ProviderRefused(int status, Duration retryAfter) {
        super("HTTP " + status);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Retry-After in seconds (the form both providers use); an HTTP date or garbage is ignored. */
    static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
