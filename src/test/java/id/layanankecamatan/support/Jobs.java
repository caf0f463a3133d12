package id.layanankecamatan.support;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in tests: this runs an application's due asynchronous steps (mails) now, in the
 * service process and in the shared steps it called, which carry the same business key. Timers are left alone.
 */
public final class Jobs {

    private Jobs() {
    }

    public static void runDue(ProcessEngine engine, String businessKey) {
        List<Job> due;
        while (!(due = dueMessageJobs(engine, businessKey)).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static List<Job> dueMessageJobs(ProcessEngine engine, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream()
                .flatMap(i -> engine.getManagementService().createJobQuery().processInstanceId(i.getId()).messages()
                        .executable().list().stream())
                .toList();
    }
}
