package id.layanankecamatan.application;

import id.layanankecamatan.calendar.OfficeClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys (security review H1). A key counts only within its client's scope ("api:" + key, or the portal
 * session's own key space; complaints have scopes of their own) and only for the request it first came with: the
 * same key with other content is refused, so a known or guessed key never hands out someone else's application or
 * complaint. Keys live 24 hours. Only hashes are stored, never the key itself.
 */
@Repository
@EnableScheduling
public class IdempotencyKeys {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    public IdempotencyKeys(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a request claims: a key in its scope, and the fingerprint of what the request asks for. */
    public record Claim(String scopeHash, String requestHash) {

        public static Claim of(String scopedKey, String requestFingerprint) {
            return new Claim(Hashes.sha256(scopedKey.getBytes(StandardCharsets.UTF_8)), requestFingerprint);
        }
    }

    /**
     * The application this key already stands for, when the same request made it within the last 24 hours.
     * A live key sent with another request is refused; an expired key is forgotten and counts as new.
     */
    Optional<Long> earlierApplication(Claim claim, OffsetDateTime now) {
        return earlier(claim, now, "application_id");
    }

    /** The same for a complaint: the complaint this key already stands for. */
    public Optional<Long> earlierComplaint(Claim claim, OffsetDateTime now) {
        return earlier(claim, now, "complaint_id");
    }

    /** {@code target}: the column of what the key stands for (a constant of this class, never input). */
    private Optional<Long> earlier(Claim claim, OffsetDateTime now, String target) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope_hash = ? AND created_at <= ?")
                .params(claim.scopeHash(), now.minus(LIFETIME)).update();
        Optional<Stored> stored = jdbc.sql("SELECT request_hash, " + target + " FROM idempotency_key WHERE scope_hash = ?")
                .param(claim.scopeHash())
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getObject(target, Long.class)))
                .optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().id() == null
                || !MessageDigest.isEqual(bytes(stored.get().requestHash()), bytes(claim.requestHash()))) {
            throw new IdempotencyConflictException();
        }
        return Optional.of(stored.get().id());
    }

    /** Called in the transaction that stores the application: a racing twin fails here on the primary key. */
    void record(Claim claim, long applicationId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO idempotency_key (scope_hash, request_hash, application_id, created_at) VALUES (?, ?, ?, ?)")
                .params(claim.scopeHash(), claim.requestHash(), applicationId, now).update();
    }

    /** Called in the transaction that stores the complaint: a racing twin fails here on the primary key. */
    public void recordComplaint(Claim claim, long complaintId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO idempotency_key (scope_hash, request_hash, complaint_id, created_at) VALUES (?, ?, ?, ?)")
                .params(claim.scopeHash(), claim.requestHash(), complaintId, now).update();
    }

    /** Expired keys are of no use and only tell who applied when; deleted every hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= ?").param(clock.now().minus(LIFETIME))
                .update();
    }

    private static byte[] bytes(String hash) {
        return hash.getBytes(StandardCharsets.US_ASCII);
    }

    private record Stored(String requestHash, Long id) {
    }
}
