package id.layanankecamatan.web;

import id.layanankecamatan.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** An integration test with one headless Chromium for the class; the engine clock back to real time after each test. */
abstract class BrowserTest extends IntegrationTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }
}
