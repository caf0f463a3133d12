package id.layanankecamatan.document;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two connections of the register's own, for its short transactions (taking a number, voiding one) while the
 * signing transaction that asked is still open. Taken from the application's pool instead, ten signings at once
 * would hold its ten connections and each wait for an eleventh: the pool would deadlock until its timeout. Here a
 * register transaction never waits for anything but the counter row and these two connections, so it must touch no
 * row a signing transaction may hold locked (the application's: hence no foreign key from the register to it).
 */
@Component
class RegisterConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterConnections.class);
    private static final int SIZE = 2;

    private final HikariDataSource own;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean postgres;

    RegisterConnections(DataSource application) {
        this.own = ownPool(application);
        DataSource source = own == null ? application : own;
        this.jdbc = JdbcClient.create(source);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = isPostgres(source);
    }

    /** {@code work} in a transaction of its own, committed when it returns. */
    <T> T inOwnTransaction(Function<JdbcClient, T> work) {
        return transaction.execute(status -> work.apply(jdbc));
    }

    /**
     * Like {@link #inOwnTransaction}, but the commit does not wait for the disk, so a row lock taken in {@code work}
     * is not held through an fsync. Safe for a register number: the signing transaction that issues its letter
     * commits later and waits for the disk, which writes this earlier commit too. A crash can lose only numbers
     * whose letters were not committed either, and those numbers are then simply given again.
     */
    <T> T inOwnQuickTransaction(Function<JdbcClient, T> work) {
        return transaction.execute(status -> {
            if (postgres) {
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
            }
            return work.apply(jdbc);
        });
    }

    private static boolean isPostgres(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The same database and settings as the application's pool, two connections. */
    private static HikariDataSource ownPool(DataSource application) {
        try {
            if (application.isWrapperFor(HikariDataSource.class)) {
                HikariConfig config = new HikariConfig();
                application.unwrap(HikariDataSource.class).copyStateTo(config);
                config.setPoolName("letter-register");
                config.setMaximumPoolSize(SIZE);
                config.setMinimumIdle(1);
                config.setMetricRegistry(null);
                config.setMetricsTrackerFactory(null);
                config.setHealthCheckRegistry(null);
                return new HikariDataSource(config);
            }
        } catch (SQLException e) {
            LOG.warn("The letter register cannot open a pool of its own ({})", e.toString());
        }
        LOG.warn("The letter register shares the application's connection pool: keep it larger than the number of "
                + "letters signed at once");
        return null;
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
