package id.layanankecamatan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real PostgreSQL (embedded binaries) and a real SMTP server (GreenMail) as beans of the test context, so
 * that Spring stops them after the engine that uses them, not in a race of JVM shutdown hooks.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RealServers.Smtp.class)
public class RealServers {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** The SMTP server alone, for a context on another database (the demo on H2). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Smtp {

        @Bean(destroyMethod = "stop")
        GreenMail greenMail() {
            GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return mail;
        }

        @Bean
        JavaMailSender javaMailSender(GreenMail greenMail) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(greenMail.getSmtp().getPort());
            return sender;
        }
    }
}
