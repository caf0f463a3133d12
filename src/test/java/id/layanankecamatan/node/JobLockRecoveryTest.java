package id.layanankecamatan.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.security.StartRefusedException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10: the locks of a dead node on Camunda jobs are released, by the node itself when it starts again and by
 * the other nodes when it stays silent; never the locks of a node alive or unknown. Each test locks the asynchronous
 * first step of a fresh application (the receipt mail) as a node would have.
 */
class JobLockRecoveryTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    NodeIdentity self;
    @Autowired
    JobLockRecovery recovery;
    @Autowired
    SilentNodes silentNodes;
    @Autowired
    JobLocks jobLocks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NodeHeartbeats heartbeats;

    @BeforeEach
    void noOtherNodes() {
        jdbc.sql("DELETE FROM node_heartbeat").update();
        jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL").update();
    }

    @Test
    void theJobExecutorLocksUnderThisNodesId() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(self.id()).isNotBlank();
    }

    @Test
    void aRestartedNodeReleasesTheJobsItsCrashedPredecessorHadLockedAndNoOthers() throws Exception {
        Job mine = receiptJob(submit());
        Job othersJob = receiptJob(submit());
        lock(mine, self.id());
        lock(othersJob, "another-node");
        int revision = revision(mine);

        // the engine is built again after a crash: the plugin runs before the job executor starts
        recovery.postProcessEngineBuild(processEngine);

        assertThat(owner(mine)).isNull();
        assertThat(revision(mine)).isEqualTo(revision + 1);
        assertThat(owner(othersJob)).isEqualTo("another-node");
        // and the job runs: the receipt goes out
        int before = receivedMails().length;
        processEngine.getManagementService().executeJob(mine.getId());
        assertThat(receivedMails()).hasSize(before + 1);
    }

    @Test
    void aStartNextToARunningNodeWithTheSameIdIsRefusedAndItsJobsKeepTheirLocks() throws Exception {
        Job job = receiptJob(submit());
        lock(job, self.id());
        heartbeats.beat(self.id(), "the-running-twin");
        ScheduledExecutorService twin = Executors.newSingleThreadScheduledExecutor();
        twin.scheduleWithFixedDelay(() -> heartbeats.beat(self.id(), "the-running-twin"), 0, 1, TimeUnit.SECONDS);
        try {
            assertThatThrownBy(() -> quickRecovery().postProcessEngineBuild(processEngine))
                    .isInstanceOf(StartRefusedException.class)
                    .hasMessageContaining("Another node is running with the node id " + self.id());
        } finally {
            twin.shutdownNow();
        }
        assertThat(owner(job)).isEqualTo(self.id());
    }

    @Test
    void aPredecessorThatBeatAMomentAgoButNoMoreIsTakenForDead() {
        Job job = receiptJob(submit());
        lock(job, self.id());
        heartbeats.beat(self.id(), "the-crashed-predecessor");

        quickRecovery().postProcessEngineBuild(processEngine);

        assertThat(owner(job)).isNull();
    }

    @Test
    void theJobsOfANodeSilentBeyondTheThresholdAreReleasedButNotThoseOfALiveOrUnknownNode() {
        Job silentsJob = receiptJob(submit());
        Job liveJob = receiptJob(submit());
        Job unknownsJob = receiptJob(submit());
        heartbeat("silent-node", 46);
        heartbeat("live-node", 5);
        lock(silentsJob, "silent-node");
        lock(liveJob, "live-node");
        lock(unknownsJob, "node-without-heartbeat");

        assertThat(silentNodes.releaseJobsOfSilentNodes()).isEqualTo(1);

        assertThat(owner(silentsJob)).isNull();
        assertThat(owner(liveJob)).isEqualTo("live-node");
        assertThat(owner(unknownsJob)).isEqualTo("node-without-heartbeat");
        assertThat(jdbc.sql("SELECT node_id FROM node_heartbeat").query(String.class).list())
                .containsExactly("live-node");
        // a second sweep finds nothing more to do
        assertThat(silentNodes.releaseJobsOfSilentNodes()).isZero();
    }

    @Test
    void aNodeTakenForDeadThatFinishesTheJobLateCannotCommitIt() {
        Job job = receiptJob(submit());
        lock(job, "frozen-node");
        TransactionTemplate otherNode = new TransactionTemplate(transactions);
        otherNode.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        // the frozen node read the job before the others released it, and completes it afterwards
        assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(command -> {
                    JobEntity read = command.getJobManager().findJobById(job.getId());
                    otherNode.executeWithoutResult(s -> jobLocks.releaseHeldBy("frozen-node"));
                    read.delete();
                    return null;
                })).isInstanceOf(OptimisticLockingException.class);

        assertThat(processEngine.getManagementService().createJobQuery().jobId(job.getId()).count()).isOne();
        assertThat(owner(job)).isNull();
    }

    /** The same recovery with a heartbeat every second: its live window is seven seconds instead of 25. */
    private JobLockRecovery quickRecovery() {
        return new JobLockRecovery(self, new NodeProperties(self.id(), Duration.ofSeconds(1), Duration.ofSeconds(3)),
                heartbeats, jobLocks);
    }

    private String submit() {
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE));
        return receipt.registrationNumber();
    }

    private Job receiptJob(String registrationNumber) {
        String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(registrationNumber).singleResult().getId();
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance).messages()
                .singleResult();
    }

    /** As the job executor acquires: owner and expiry five minutes ahead, revision raised. */
    private void lock(Job job, String owner) {
        jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ?, REV_ = REV_ + 1 WHERE ID_ = ?")
                .params(owner, OffsetDateTime.now().plusMinutes(5), job.getId()).update();
    }

    private void heartbeat(String nodeId, int secondsAgo) {
        jdbc.sql("INSERT INTO node_heartbeat (node_id, incarnation, started_at, last_seen)"
                        + " VALUES (?, 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP - ? * INTERVAL '1 second')")
                .params(nodeId, secondsAgo).update();
    }

    private String owner(Job job) {
        return jdbc.sql("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE ID_ = ?").param(job.getId())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private int revision(Job job) {
        return jdbc.sql("SELECT REV_ FROM ACT_RU_JOB WHERE ID_ = ?").param(job.getId()).query(Integer.class).single();
    }
}
