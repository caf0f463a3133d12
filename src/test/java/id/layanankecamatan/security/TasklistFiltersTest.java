package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officer's Tasklist filter puts the task that is due first at the top. */
class TasklistFiltersTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    ServiceCatalog catalog;

    @AfterEach
    void logout() {
        identity.clearAuthentication();
    }

    @Test
    void groupTasksAreSortedByDueDate() {
        Task later = verificationTask();
        Task sooner = verificationTask();
        tasks.setDueDate(later.getId(), new Date(System.currentTimeMillis() + 86_400_000L));
        tasks.setDueDate(sooner.getId(), new Date(System.currentTimeMillis() + 3_600_000L));

        identity.setAuthentication("petugas", List.of(StaffGroups.FRONT_OFFICE));
        String filter = filters.createFilterQuery().filterName("Tugas grup saya").singleResult().getId();
        List<String> listed = filters.<Task>list(filter).stream().map(Task::getId)
                .filter(id -> id.equals(later.getId()) || id.equals(sooner.getId())).toList();

        assertThat(listed).containsExactly(sooner.getId(), later.getId());
    }

    private Task verificationTask() {
        String number = applications.submit(Samples.submission(catalog.get("domisili"))).registrationNumber();
        Jobs.runDue(processEngine, number);
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(ProcessIds.TASK_VERIFY)
                .singleResult();
    }
}
