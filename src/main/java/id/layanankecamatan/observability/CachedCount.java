package id.layanankecamatan.observability;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * A count read from the database at most once per {@code maxAge}, so that a scrape every few seconds from several
 * Prometheus servers costs one query. While the database cannot answer, the count is NaN (Prometheus shows a gap).
 */
final class CachedCount {

    private static final Logger LOG = LoggerFactory.getLogger(CachedCount.class);

    private final String what;
    private final LongSupplier query;
    private final long maxAgeNanos;
    private double value = Double.NaN;
    private long readAt;
    private boolean read;

    CachedCount(String what, LongSupplier query, Duration maxAge) {
        this.what = what;
        this.query = query;
        this.maxAgeNanos = maxAge.toNanos();
    }

    synchronized double value() {
        long now = System.nanoTime();
        if (!read || now - readAt >= maxAgeNanos) {
            try {
                value = query.getAsLong();
            } catch (DataAccessException unreachable) {
                LOG.debug("{} not counted: {}", what, unreachable.getClass().getSimpleName());
                value = Double.NaN;
            }
            readAt = now;
            read = true;
        }
        return value;
    }
}
