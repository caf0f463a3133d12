package id.layanankecamatan.node;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table node_heartbeat: one row per running node, its last sign of life. Times are the database's, so that
 * nodes with different clocks agree on who is silent.
 */
@Repository
public class NodeHeartbeats {

    private final JdbcClient jdbc;

    public NodeHeartbeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Heartbeat(String nodeId, String incarnation, OffsetDateTime lastSeen) {
    }

    /** What a beat found before it wrote. */
    public enum Beat {
        /** our own row, as expected */
        OURS,
        /** no row: the first beat, or the others took this node for dead and released its jobs */
        MISSING,
        /** another run with the same node id wrote the row since our last beat */
        OTHER_INCARNATION
    }

    public OffsetDateTime databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
    }

    public Optional<Heartbeat> find(String nodeId) {
        return jdbc.sql("SELECT node_id, incarnation, last_seen FROM node_heartbeat WHERE node_id = ?").param(nodeId)
                .query(NodeHeartbeats::heartbeat).optional();
    }

    /** Writes this run's sign of life now. */
    public Beat beat(String nodeId, String incarnation) {
        if (jdbc.sql("UPDATE node_heartbeat SET last_seen = CURRENT_TIMESTAMP WHERE node_id = ? AND incarnation = ?")
                .params(nodeId, incarnation).update() == 1) {
            return Beat.OURS;
        }
        if (jdbc.sql("UPDATE node_heartbeat SET incarnation = ?, last_seen = CURRENT_TIMESTAMP WHERE node_id = ?")
                .params(incarnation, nodeId).update() == 1) {
            return Beat.OTHER_INCARNATION;
        }
        try {
            jdbc.sql("INSERT INTO node_heartbeat (node_id, incarnation, started_at, last_seen)"
                    + " VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").params(nodeId, incarnation).update();
            return Beat.MISSING;
        } catch (DuplicateKeyException insertedAtTheSameMoment) {
            return Beat.OTHER_INCARNATION;
        }
    }

    /** Nodes other than this one whose last beat is older than the cutoff. */
    public List<Heartbeat> silentSince(OffsetDateTime cutoff, String exceptNodeId) {
        return jdbc.sql("SELECT node_id, incarnation, last_seen FROM node_heartbeat WHERE last_seen < ? AND node_id <> ?"
                + " ORDER BY node_id").params(cutoff, exceptNodeId).query(NodeHeartbeats::heartbeat).list();
    }

    /**
     * Deletes the node's row if it is still older than the cutoff. Of several nodes sweeping at once, exactly one
     * succeeds (the row lock decides), and a node that beat again in the meantime keeps its row.
     */
    public boolean removeIfSilent(String nodeId, OffsetDateTime cutoff) {
        return jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ? AND last_seen < ?").params(nodeId, cutoff)
                .update() == 1;
    }

    /** A graceful stop: this run's row only, never a successor's. */
    public void remove(String nodeId, String incarnation) {
        jdbc.sql("DELETE FROM node_heartbeat WHERE node_id = ? AND incarnation = ?").params(nodeId, incarnation)
                .update();
    }

    private static Heartbeat heartbeat(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Heartbeat(rs.getString("node_id"), rs.getString("incarnation"),
                rs.getObject("last_seen", OffsetDateTime.class));
    }
}
