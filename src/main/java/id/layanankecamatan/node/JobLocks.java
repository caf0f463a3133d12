package id.layanankecamatan.node;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Releases the locks a dead node holds on Camunda jobs. Camunda 7 has no public API for this (its internal
 * UnlockJobCmd unlocks by job id without checking who holds the lock), so it is one conditional update of
 * ACT_RU_JOB, the same change the engine makes when it unlocks a job itself: owner and expiry cleared, revision
 * raised. The raised revision matters: the engine writes a job only "where REV_ = the revision it read", so a
 * transaction that read the job before the release (a node we took for dead that was only frozen, finishing the
 * job late) fails with an OptimisticLockingException and rolls back instead of committing a second time, and
 * nobody writes the old lock back over the release.
 */
@Component
public class JobLocks {

    private final JdbcClient jdbc;
    private final String jobTable;

    public JobLocks(JdbcClient jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.jdbc = jdbc;
        this.jobTable = tablePrefix + "ACT_RU_JOB";
    }

    /**
     * Unlocks every job that owner holds; the caller must know the owner is not running (a previous run of this
     * node, or a node silent beyond the threshold). Runs in the caller's transaction, or on its own.
     *
     * @return how many jobs were released
     */
    public int releaseHeldBy(String owner) {
        return jdbc.sql("UPDATE " + jobTable + " SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1"
                + " WHERE LOCK_OWNER_ = ?").param(owner).update();
    }

    /** How many jobs that owner holds now (for the log and the tests). */
    public int heldBy(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM " + jobTable + " WHERE LOCK_OWNER_ = ?").param(owner)
                .query(Integer.class).single();
    }
}
