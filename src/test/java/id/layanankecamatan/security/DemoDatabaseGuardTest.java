package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DemoDatabaseGuardTest {

    @Test
    void onlyAnH2DatabaseInsideTheApplicationCountsAsEmbedded() {
        assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:file:./data/layanan;AUTO_SERVER=FALSE")).isTrue();
        assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:mem:test")).isTrue();
        assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:./data/layanan")).isTrue();
        assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:tcp://db:9092/layanan")).isFalse();
        assertThat(DemoDatabaseGuard.isEmbedded("jdbc:postgresql://db:5432/layanan")).isFalse();
        assertThat(DemoDatabaseGuard.isEmbedded(null)).isFalse();
    }
}
