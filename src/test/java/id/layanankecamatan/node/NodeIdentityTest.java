package id.layanankecamatan.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A node's id is what the operator sets, or its host name and port; never something new at every start. */
@Tag("fast")
class NodeIdentityTest {

    @Test
    void theConfiguredIdWins() {
        assertThat(new NodeIdentity(properties(" kantor-1 "), 8080).id()).isEqualTo("kantor-1");
    }

    @Test
    void withoutOneTheHostNameAndPortStandIn() {
        NodeIdentity first = new NodeIdentity(properties(""), 8081);
        NodeIdentity restarted = new NodeIdentity(properties(null), 8081);

        assertThat(first.id()).endsWith("-8081").hasSizeGreaterThan("-8081".length()).isEqualTo(restarted.id());
        assertThat(first.incarnation()).isNotEqualTo(restarted.incarnation());
    }

    @Test
    void anIdTheLockColumnCannotHoldIsRefused() {
        assertThatThrownBy(() -> new NodeIdentity(properties("n".repeat(256)), 8080))
                .hasMessageContaining("NODE_ID must be at most 255");
    }

    @Test
    void theSilenceThresholdMustAllowForMissedBeats() {
        assertThatThrownBy(() -> new NodeProperties(null, Duration.ofSeconds(10), Duration.ofSeconds(25)))
                .hasMessageContaining("at least three heartbeat intervals");
        assertThat(new NodeProperties(null, null, null).silenceThreshold()).isEqualTo(Duration.ofSeconds(45));
    }

    private static NodeProperties properties(String id) {
        return new NodeProperties(id, Duration.ofSeconds(10), Duration.ofSeconds(45));
    }
}
