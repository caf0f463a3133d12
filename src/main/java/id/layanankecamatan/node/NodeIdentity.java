package id.layanankecamatan.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this node is. The id is stable across restarts, so that a restarted node recognises the jobs its crashed
 * predecessor had locked; the incarnation is new at every start, so that two running nodes with the same id are
 * told apart.
 */
@Component
public class NodeIdentity {

    /** ACT_RU_JOB.LOCK_OWNER_ and node_heartbeat.node_id hold 255 characters. */
    private static final int MAX_LENGTH = 255;

    private final String id;
    private final String incarnation = UUID.randomUUID().toString();

    public NodeIdentity(NodeProperties properties, @Value("${server.port:8080}") int port) {
        String configured = properties.id() == null ? "" : properties.id().strip();
        this.id = configured.isEmpty() ? hostName() + "-" + port : configured;
        if (id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException("NODE_ID must be at most " + MAX_LENGTH
                    + " printable characters: " + id.length() + " given");
        }
    }

    public String id() {
        return id;
    }

    public String incarnation() {
        return incarnation;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "node" : fromEnvironment;
        }
    }
}
