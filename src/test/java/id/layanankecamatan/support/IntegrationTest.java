package id.layanankecamatan.support;

import com.icegreen.greenmail.util.GreenMail;
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

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
