package id.layanankecamatan.node;

import id.layanankecamatan.security.StartRefusedException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The job executor works under this node's stable id, so a restarted node knows its own locks: jobs its crashed
 * predecessor had locked are released when the engine is built, before the job executor starts acquiring
 * (Camunda's own default is a random lock owner per start, which leaves them locked until the lock expires,
 * five minutes). A graceful stop releases what the job executor acquired but never ran.
 */
@Component
public class JobLockRecovery extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JobLockRecovery.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final NodeIdentity self;
    private final NodeProperties properties;
    private final NodeHeartbeats heartbeats;
    private final JobLocks jobLocks;
    private JobExecutor jobExecutor;

    public JobLockRecovery(NodeIdentity self, NodeProperties properties, NodeHeartbeats heartbeats,
                           JobLocks jobLocks) {
        this.self = self;
        this.properties = properties;
        this.heartbeats = heartbeats;
        this.jobLocks = jobLocks;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        jobExecutor = configuration.getJobExecutor();
        jobExecutor.setLockOwner(self.id());
        LOG.info("Node id {}: lock owner of this node's job executor (set NODE_ID to fix it; unique per node)",
                self.id());
    }

    /** Runs before the job executor starts (the starter starts it once the application is up). */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        refuseIfAnotherNodeRunsWithThisId();
        int released = jobLocks.releaseHeldBy(self.id());
        if (released > 0) {
            LOG.warn("Node {} did not stop cleanly last time: {} job(s) it had locked are released and run now",
                    self.id(), released);
        }
    }

    /**
     * The row of this id may be a crashed predecessor's or that of a node running now with the same id, whose
     * jobs must not be released. A live node beats within its live window: if the row's last beat is younger,
     * wait until it is that old and look again.
     */
    private void refuseIfAnotherNodeRunsWithThisId() {
        Optional<NodeHeartbeats.Heartbeat> before = heartbeats.find(self.id());
        if (before.isEmpty()) {
            return;
        }
        OffsetDateTime aliveUntil = before.get().lastSeen().plus(properties.liveWindow());
        Duration wait = Duration.between(heartbeats.databaseNow(), aliveUntil);
        if (wait.isNegative()) {
            return;
        }
        LOG.info("Node id {} beat {} ago: waiting {} s to tell a crashed predecessor from a node running now",
                self.id(), properties.liveWindow().minus(wait).toSeconds(), wait.toSeconds());
        sleep(wait);
        Optional<NodeHeartbeats.Heartbeat> after = heartbeats.find(self.id());
        if (after.isPresent() && !after.get().lastSeen().equals(before.get().lastSeen())) {
            throw new StartRefusedException("Another node is running with the node id " + self.id()
                    + " on this database (its heartbeat is current). Give every node its own NODE_ID.");
        }
    }

    /**
     * After the engine has stopped acquisition: once the job threads are done, nothing of this node runs any
     * more, so the jobs still locked under its id (acquired, never started) are free for the others now.
     */
    @Override
    public void destroy() throws InterruptedException {
        if (jobExecutor == null) {
            return;
        }
        jobExecutor.shutdown();
        ThreadPoolExecutor threads = jobThreads(jobExecutor);
        if (threads == null) {
            // no job thread pool that can be waited for (the job executor never ran): nothing acquired
            return;
        }
        threads.shutdown();
        if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Jobs still running after {}: their locks stay until the other nodes take over", STOP_WAIT);
            return;
        }
        try {
            int released = jobLocks.releaseHeldBy(self.id());
            heartbeats.remove(self.id(), self.incarnation());
            LOG.info("Node {} stopped: {} job(s) it had acquired but not run released", self.id(), released);
        } catch (RuntimeException e) {
            LOG.warn("Node {} could not release its job locks at stop: {}", self.id(), e.toString());
        }
    }

    /** The threads that execute jobs, or null if they cannot be told (never started, another executor). */
    private static ThreadPoolExecutor jobThreads(JobExecutor jobExecutor) {
        try {
            if (jobExecutor instanceof SpringJobExecutor spring
                    && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
                return pool.getThreadPoolExecutor();
            }
            if (jobExecutor instanceof ThreadPoolJobExecutor own) {
                return own.getThreadPoolExecutor();
            }
        } catch (IllegalStateException notInitialised) {
            return null;
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the node id", e);
        }
    }
}
