package id.layanankecamatan.node;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node among the nodes that share one database (README: Crash recovery).
 *
 * @param id                the node's name, its job executor's lock owner; blank: {@code <host name>-<server port>}.
 *                          Must differ between nodes running at the same time and stay the same across restarts.
 * @param heartbeatInterval how often the node writes its heartbeat
 * @param silenceThreshold  a node whose heartbeat is older than this is taken for dead: the jobs it had locked are
 *                          released for the others. Must exceed any pause of a live node (GC, database failover).
 */
@ConfigurationProperties("layanan.node")
public record NodeProperties(String id, Duration heartbeatInterval, Duration silenceThreshold) {

    public NodeProperties {
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(10) : heartbeatInterval;
        silenceThreshold = silenceThreshold == null ? Duration.ofSeconds(45) : silenceThreshold;
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalStateException("layanan.node.heartbeat-interval must be positive: " + heartbeatInterval);
        }
        // a live node misses a beat now and then; only several missed beats in a row may mean death
        if (silenceThreshold.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
            throw new IllegalStateException("layanan.node.silence-threshold (" + silenceThreshold
                    + ") must be at least three heartbeat intervals (" + heartbeatInterval + ")");
        }
    }

    /** How long after its last beat a node may still be alive and about to beat again (checked at start). */
    public Duration liveWindow() {
        return heartbeatInterval.multipliedBy(2).plusSeconds(5);
    }
}
