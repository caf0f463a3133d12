package id.layanankecamatan.security;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task completions through the engine REST API and Tasklist accept only the form's variables. */
@Configuration
public class TaskCompletionRules {

    @Bean
    FilterRegistrationBean<TaskCompletionVariablesFilter> taskCompletionVariables(FormService forms,
                                                                                  IdentityService identity,
                                                                                  TaskService tasks) {
        FilterRegistrationBean<TaskCompletionVariablesFilter> registration =
                new FilterRegistrationBean<>(new TaskCompletionVariablesFilter(forms, identity, tasks));
        registration.setName("task-completion-variables");
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        return registration;
    }
}
