package id.layanankecamatan.support;

import com.icegreen.greenmail.util.GreenMail;
import id.layanankecamatan.notify.MailDelivery;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on real parts: PostgreSQL, an SMTP server, the Camunda engine and webapps on a random
 * port. Every test class shares one context; the job executor is off so tests run asynchronous steps themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    /** Every mail the SMTP server received, after delivering what the outbox holds now. */
    protected MimeMessage[] receivedMails() {
        mailDelivery.deliverDue();
        return mail.getReceivedMessages();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
