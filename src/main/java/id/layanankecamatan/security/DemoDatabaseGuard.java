package id.layanankecamatan.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile (published passwords, demo accounts) runs only on the embedded H2 database, so that a
 * forgotten profile cannot put demo accounts into the office's real database. A trial on PostgreSQL (the compose
 * file, the tests) says so explicitly with DEMO_ALLOW_EXTERNAL_DB=true. Checked on the connection the engine
 * really uses, before the engine creates any user.
 */
@Component
@Profile("demo")
public class DemoDatabaseGuard extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;
    private final boolean allowExternal;

    public DemoDatabaseGuard(DataSource dataSource,
                             @Value("${layanan.demo.allow-external-db:false}") boolean allowExternal) {
        this.dataSource = dataSource;
        this.allowExternal = allowExternal;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String url = url();
        if (!allowExternal && !isEmbedded(url)) {
            throw new StartRefusedException("The demo profile is active on the database " + withoutCredentials(url)
                    + ": the demo profile creates accounts with the published password 'demo' and runs only on the "
                    + "embedded H2 database. For production remove 'demo' from SPRING_PROFILES_ACTIVE (an unset "
                    + "profile means demo) and use the postgres profile; for a trial on this database set "
                    + "DEMO_ALLOW_EXTERNAL_DB=true");
        }
    }

    /** H2 in this process (file or memory); H2 over the network (tcp:, ssl:) and every other database are not. */
    static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    private static String withoutCredentials(String url) {
        int query = url == null ? -1 : url.indexOf('?');
        return query < 0 ? String.valueOf(url) : url.substring(0, query);
    }

    private String url() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
