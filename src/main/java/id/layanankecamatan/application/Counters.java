package id.layanankecamatan.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free sequences. The increment locks the counter row until the caller's transaction ends, so a number
 * is used only if that transaction commits, and concurrent callers queue instead of colliding.
 */
@Component
public class Counters {

    private final JdbcClient jdbc;

    public Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        int updated = jdbc.sql("UPDATE counter SET last_value = last_value + 1 WHERE name = ?").param(name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO counter (name, last_value) VALUES (?, 1)").param(name).update();
        }
        return jdbc.sql("SELECT last_value FROM counter WHERE name = ?").param(name).query(Long.class).single();
    }
}
