package id.layanankecamatan.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.icegreen.greenmail.util.GreenMail;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.notify.MailDelivery;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application on real parts: PostgreSQL, an SMTP server, the Camunda engine and webapps on a random
 * port. Every test class shares one context; the job executor is off so tests run asynchronous steps themselves.
 * The catalogue is the real one, watched by a spy only so that a test can submit to a service the law has closed,
 * as citizens did before it was closed ({@link #beforeClosing}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the Prometheus registry as in production (Spring's tests otherwise swap it for an in-memory one): the scrape is tested
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"demo", "test"})
@Import({RealServers.class, ProcessCoverage.class})
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected GreenMail mail;

    @Autowired
    private MailDelivery mailDelivery;

    @MockitoSpyBean
    private ServiceCatalog catalogAsReleased;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient outboxTable;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    /**
     * A test that moved the engine clock ahead (to 2037, say) leaves messages due in a time that has not come; as
     * messages to one address go out in order, they would hold back every later test's mail to the sample
     * applicant. They end with their test.
     */
    @AfterEach
    void messagesOfAnotherTimeEndWithTheirTest() {
        outboxTable.sql("UPDATE outbox_message SET status = 'FAILED', last_error = 'written at a test''s future time' "
                + "WHERE status = 'PENDING' AND created_at > ?").param(java.time.OffsetDateTime.now().plusMinutes(5))
                .update();
    }

    /** Every mail the SMTP server received, after delivering what the outbox holds now. */
    protected MimeMessage[] receivedMails() {
        mailDelivery.deliverDue();
        return mail.getReceivedMessages();
    }

    /**
     * Does {@code submit} as if every service still took new applications, as before the law closed one of them
     * (e.g. the Surat Pengantar Pindah); what the application does afterwards runs on the catalogue as released.
     */
    protected <T> T beforeClosing(Supplier<T> submit) {
        doAnswer(call -> ((Optional<?>) call.callRealMethod()).map(s -> open((ServiceDefinition) s)))
                .when(catalogAsReleased).find(any());
        try {
            return submit.get();
        } finally {
            Mockito.reset(catalogAsReleased);
        }
    }

    private static ServiceDefinition open(ServiceDefinition s) {
        return new ServiceDefinition(s.code(), s.name(), s.description(), s.processKey(), s.requirements(),
                s.procedure(), s.completionTime(), s.deadlines(), s.cost(), s.product(), s.complaints(), s.internal(),
                s.correctionWorkingDays(), s.steps(), s.fields(), s.letter(), s.processShape(), true, s.closedNote(),
                s.warnNikOutsideRegion());
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
