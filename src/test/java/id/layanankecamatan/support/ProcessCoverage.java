package id.layanankecamatan.support;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * camunda-process-test-coverage (platform 7) in our Spring tests: its configuration adds the coverage parse
 * listener to the engine before it starts, and its test execution listener (registered through the library's
 * spring.factories) records every test class as a suite and writes target/process-test-coverage/CLASS/report.json
 * and report.html. The library judges one class at a time; ProcessCoverageTest adds the classes up per process.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {
}
