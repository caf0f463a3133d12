package id.layanankecamatan.node;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every heartbeat interval: this node's sign of life, then the release of the jobs of nodes that went silent.
 * A thread of its own, so that no other scheduled work can delay a beat into looking like death. Only nodes that
 * execute jobs beat: a node without a job executor holds no locks and takes over none.
 */
@Component
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
public class NodeHeartbeat implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final NodeHeartbeats heartbeats;
    private final SilentNodes silentNodes;
    private final NodeIdentity self;
    private final NodeProperties properties;
    private final JobExecutor jobExecutor;
    private ScheduledExecutorService timer;
    private boolean beaten;

    public NodeHeartbeat(NodeHeartbeats heartbeats, SilentNodes silentNodes, NodeIdentity self,
                         NodeProperties properties, JobExecutor jobExecutor) {
        this.heartbeats = heartbeats;
        this.silentNodes = silentNodes;
        this.self = self;
        this.properties = properties;
        this.jobExecutor = jobExecutor;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::beatAndTakeOver, 0, properties.heartbeatInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    void beatAndTakeOver() {
        try {
            beat();
            if (silentNodes.releaseJobsOfSilentNodes() > 0) {
                // the acquisition may be idling for up to a minute; released jobs are due now
                jobExecutor.jobWasAdded();
            }
        } catch (RuntimeException e) {
            // the next beat tries again; a database outage must not end the heartbeat for good
            LOG.warn("Heartbeat of node {} failed: {}", self.id(), e.toString());
        }
    }

    private void beat() {
        NodeHeartbeats.Beat beat = heartbeats.beat(self.id(), self.incarnation());
        if (beaten && beat == NodeHeartbeats.Beat.OTHER_INCARNATION) {
            LOG.error("Another running node uses the node id {}: two nodes with one id can run the same job twice. "
                    + "Give every node its own NODE_ID.", self.id());
        } else if (beaten && beat == NodeHeartbeats.Beat.MISSING) {
            LOG.warn("Node {} was silent longer than {} and taken for dead by another node, which released its "
                    + "jobs; work it finishes from before is rolled back", self.id(), properties.silenceThreshold());
        }
        beaten = true;
    }
}
