package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.document.QrCode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deep links that bind a Telegram chat to an application (V18). A bot can message only someone who started
 * it: the citizen opens {@code https://t.me/<bot>?start=<token>}, presses Start, and the webhook hands us the token
 * with the chat. A token is 192 random bits (32 characters base64url, within the 64 of Telegram's start parameter),
 * single use and valid {@link #VALID}; only its SHA-256 is stored. A later link replaces the application's chat.
 */
@Component
public class TelegramLinks {

    static final Duration VALID = Duration.ofDays(7);
    /** Telegram's start parameter: A-Z a-z 0-9 _ - , at most 64 characters. */
    private static final Pattern START_PARAMETER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final TelegramProperties properties;

    public TelegramLinks(JdbcClient jdbc, OfficeClock clock, TelegramProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Whether the channel is on, so the pages offer a link. */
    public boolean on() {
        return properties.on();
    }

    /** A fresh single-use link for the application; empty when the channel is off. */
    @Transactional
    public Optional<Link> create(long applicationId) {
        if (!on()) {
            return Optional.empty();
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = clock.now();
        jdbc.sql("INSERT INTO telegram_link_token (token_hash, application_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?)").params(hash(token), applicationId, now, now.plus(VALID)).update();
        return Optional.of(new Link("https://t.me/" + properties.botName() + "?start=" + token));
    }

    /**
     * Binds the chat to the token's application when the token is known, unused and unexpired; the token is used
     * up then. Runs in the caller's transaction (the webhook's, with its reply).
     */
    Binding bind(String token, long chatId) {
        if (token == null || !START_PARAMETER.matcher(token).matches()) {
            return new Binding(Outcome.UNKNOWN, null, null);
        }
        String hash = hash(token);
        // locked: two webhook calls with the same token (Telegram retrying) bind once
        Optional<TokenRow> found = jdbc.sql("SELECT application_id, expires_at, used_at FROM telegram_link_token "
                        + "WHERE token_hash = ? FOR UPDATE").param(hash)
                .query((rs, n) -> new TokenRow(rs.getLong("application_id"),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("used_at", OffsetDateTime.class)))
                .optional();
        if (found.isEmpty()) {
            return new Binding(Outcome.UNKNOWN, null, null);
        }
        TokenRow link = found.get();
        if (link.usedAt() != null) {
            // Telegram delivering the same /start twice (our first answer lost): the chat is already the one bound
            return chatOf(link.applicationId()).filter(bound -> bound == chatId).isPresent()
                    ? new Binding(Outcome.ALREADY_BOUND, link.applicationId(), number(link.applicationId()))
                    : new Binding(Outcome.USED, link.applicationId(), null);
        }
        OffsetDateTime now = clock.now();
        if (!now.isBefore(link.expiresAt())) {
            return new Binding(Outcome.EXPIRED, link.applicationId(), null);
        }
        jdbc.sql("UPDATE telegram_link_token SET used_at = ? WHERE token_hash = ?").params(now, hash).update();
        jdbc.sql("DELETE FROM telegram_chat WHERE application_id = ?").param(link.applicationId()).update();
        jdbc.sql("INSERT INTO telegram_chat (application_id, chat_id, bound_at) VALUES (?, ?, ?)")
                .params(link.applicationId(), chatId, now).update();
        return new Binding(Outcome.BOUND, link.applicationId(), number(link.applicationId()));
    }

    private String number(long applicationId) {
        return jdbc.sql("SELECT registration_number FROM application WHERE id = ?").param(applicationId)
                .query(String.class).single();
    }

    /** The chat bound to the application, if any. */
    Optional<Long> chatOf(long applicationId) {
        return jdbc.sql("SELECT chat_id FROM telegram_chat WHERE application_id = ?").param(applicationId)
                .query(Long.class).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deep link; kept in the (shared, serialized) session until the receipt is left. */
    public record Link(String url) implements Serializable {

        /** Its QR code as inline SVG, to scan with the phone when the page is open on a computer. */
        public String qrSvg() {
            return QrCode.svg(url, 200, "Kode QR tautan Telegram");
        }
    }

    enum Outcome { BOUND, ALREADY_BOUND, USED, EXPIRED, UNKNOWN }

    /** {@code number}: the registration number, only when (already) bound. */
    record Binding(Outcome outcome, Long applicationId, String number) {
    }

    private record TokenRow(long applicationId, OffsetDateTime expiresAt, OffsetDateTime usedAt) {
    }
}
