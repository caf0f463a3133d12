package id.layanankecamatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

class SmokeIT extends IntegrationTest {
    @Autowired JdbcClient jdbc;

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
    }
}
