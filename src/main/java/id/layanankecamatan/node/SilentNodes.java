package id.layanankecamatan.node;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes over from nodes that stopped beating: a node whose heartbeat is older than the silence threshold is taken
 * for dead, its row is removed and the jobs it had locked are released, in one transaction. Only nodes that have a
 * heartbeat row are ever touched; a lock owner without one (an older version, a node that stopped gracefully)
 * keeps its lock until it expires.
 * <p>
 * The trade-off: a node frozen longer than the threshold (not dead) loses its jobs to the others. If it wakes up
 * and finishes such a job, its transaction fails on the job's raised revision and rolls back, so the database
 * holds the job's work once; what it did outside the database (a mail sent) may happen twice.
 */
@Component
public class SilentNodes {

    private static final Logger LOG = LoggerFactory.getLogger(SilentNodes.class);

    private final NodeHeartbeats heartbeats;
    private final JobLocks jobLocks;
    private final NodeIdentity self;
    private final NodeProperties properties;
    private final TransactionTemplate ownTransaction;

    public SilentNodes(NodeHeartbeats heartbeats, JobLocks jobLocks, NodeIdentity self, NodeProperties properties,
                       PlatformTransactionManager transactions) {
        this.heartbeats = heartbeats;
        this.jobLocks = jobLocks;
        this.self = self;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return how many jobs were released */
    public int releaseJobsOfSilentNodes() {
        OffsetDateTime cutoff = heartbeats.databaseNow().minus(properties.silenceThreshold());
        int released = 0;
        for (NodeHeartbeats.Heartbeat silent : heartbeats.silentSince(cutoff, self.id())) {
            Integer jobs = ownTransaction.execute(status -> heartbeats.removeIfSilent(silent.nodeId(), cutoff)
                    ? jobLocks.releaseHeldBy(silent.nodeId()) : null);
            if (jobs != null) {
                LOG.warn("Node {} silent since {}: taken for dead, {} job(s) it had locked released", silent.nodeId(),
                        silent.lastSeen(), jobs);
                released += jobs;
            }
        }
        return released;
    }
}
