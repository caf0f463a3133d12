package id.layanankecamatan.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free sequences. The increment locks the counter row until the caller's transaction ends, so a number
 * is used only if that transaction commits, and concurrent callers queue instead of colliding. Callers
 * {@link #prepare} the counter before their transaction begins, so that taking a number never needs a second
 * database connection while the transaction holds one.
 */
@Component
public class Counters {

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    /** Counters known to have their row; a row is never deleted. */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();

    public Counters(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes sure the counter's row exists; call it outside a transaction, before the one that calls {@link #next}.
     * Without it the first numbers of a year, asked for at once by as many requests as the pool has connections,
     * would each hold a connection while waiting for another to create the row: all of them until the pool's
     * timeout, then a failure for each.
     */
    public void prepare(String name) {
        if (existing.contains(name)) {
            return;
        }
        createIfMissing(name);
        existing.add(name);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        int updated = jdbc.sql("UPDATE counter SET last_value = last_value + 1 WHERE name = ?").param(name).update();
        if (updated == 0) {
            createIfMissing(name); // not prepared (e.g. the year turned since): needs a second connection briefly
            jdbc.sql("UPDATE counter SET last_value = last_value + 1 WHERE name = ?").param(name).update();
        }
        return jdbc.sql("SELECT last_value FROM counter WHERE name = ?").param(name).query(Long.class).single();
    }

    /**
     * A new counter (first number of a year) is created in its own transaction: two callers racing to create
     * it must not abort the caller's transaction (PostgreSQL aborts a transaction after a failed statement).
     */
    private void createIfMissing(String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM counter WHERE name = ?").param(name).query(Integer.class).single() > 0) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status ->
                    jdbc.sql("INSERT INTO counter (name, last_value) VALUES (?, 0)").param(name).update());
        } catch (DuplicateKeyException createdByAnotherCaller) {
            // fine: the row exists now
        }
    }
}
