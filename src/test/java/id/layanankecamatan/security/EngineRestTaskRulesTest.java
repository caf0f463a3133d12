package id.layanankecamatan.security;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Engine REST and Tasklist: a task is claimed only for oneself, and completed only with its form's variables. */
class EngineRestTaskRulesTest extends IntegrationTest {

    private static final String EXTRA = "{\"variables\":{\"decision\":{\"value\":\"accept\"},"
            + "\"isAdmin\":{\"value\":true},\"x\":{\"value\":\"y\"}}}";

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    TaskService tasks;

    @Test
    void anOfficerClaimsOnlyForThemselves() {
        Task verify = verificationTask();
        Http http = new Http(baseUrl());
        String claim = "/engine-rest/task/" + verify.getId() + "/claim";

        ResponseEntity<String> forTheCamat = http.postJson(claim, "{\"userId\":\"camat\"}", as("petugas"));
        assertThat(forTheCamat.getStatusCode().is4xxClientError()).as(forTheCamat.getBody()).isTrue();
        assertThat(forTheCamat.getBody()).contains("hanya dapat diklaim untuk diri sendiri");
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isNull();

        assertThat(http.postJson(claim, "{\"userId\":\"petugas\"}", as("petugas")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isEqualTo("petugas");

        // the administrator may hand the work to an officer
        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/assignee", "{\"userId\":\"kasikesos\"}",
                as("admin")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isEqualTo("kasikesos");
    }

    @Test
    void aCompletionWithVariablesTheFormDoesNotDefineIsRefused() {
        Task verify = verificationTask();
        Http http = new Http(baseUrl());
        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/claim", "{\"userId\":\"petugas\"}",
                as("petugas")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (String action : new String[] {"complete", "submit-form"}) {
            ResponseEntity<String> refused = http.postJson("/engine-rest/task/" + verify.getId() + "/" + action,
                    EXTRA, as("petugas"));
            assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("tidak termasuk formulir tugas ini", "isAdmin", "x")
                    .doesNotContain(ProcessIds.VAR_DECISION);
        }
        // a process variable that decides the routing is not the officer's to set either
        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"},\"serviceCode\":{\"value\":\"sku\"}}}",
                as("petugas")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).as("still open").isEqualTo(1);

        ResponseEntity<String> done = http.postJson("/engine-rest/task/" + verify.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"},\"note\":{\"value\":null}}}", as("petugas"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /**
     * One shared verification process shows each service its own form, and the names each form allows are kept
     * between requests: a field of the Domisili form is no field of the SKU form, however often either is asked.
     */
    @Test
    void eachServicesVerificationAllowsOnlyItsOwnFormsFieldsEveryTime() {
        Http http = new Http(baseUrl());
        for (int round = 0; round < 2; round++) {
            Task domisili = verificationTask("domisili");
            Task sku = verificationTask("sku");
            assertThat(domisili.getProcessDefinitionId()).isEqualTo(sku.getProcessDefinitionId());
            assertRefused(http, domisili, "businessName");
            assertRefused(http, sku, "domicileAddress");
        }
    }

    private static void assertRefused(Http http, Task task, String variable) {
        ResponseEntity<String> refused = http.postJson("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"},\"" + variable + "\":{\"value\":\"x\"}}}",
                as("admin"));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("tidak termasuk formulir tugas ini", variable);
    }

    @Test
    void tasklistsOwnPathIsCheckedToo() throws Exception {
        Task verify = verificationTask();
        tasks.claim(verify.getId(), "petugas");
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        // log in to the webapps as a browser does: the webapps' CSRF token first, then the session
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken(client, cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=petugas&password="
                        + URLEncoder.encode("demo", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String csrf = csrfToken(client, cookies);

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/camunda/api/engine/engine/default/task/" + verify.getId() + "/submit-form"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(EXTRA)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(refused.body()).get("message").asText())
                .contains("tidak termasuk formulir tugas ini");
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
    }

    @Test
    void anOfficerCannotWriteTaskVariablesOutsideTheForm() throws Exception {
        // the engine's own authorizations refuse this (TASK_WORK is no UPDATE); kept so that no new grant opens it
        Task verify = verificationTask();
        tasks.claim(verify.getId(), "petugas");
        Http http = new Http(baseUrl());
        String variable = "{\"value\":\"sku\",\"type\":\"String\"}";
        for (String path : new String[] {"/variables/serviceCode", "/localVariables/serviceCode"}) {
            ResponseEntity<String> refused = http.putJson("/engine-rest/task/" + verify.getId() + path, variable,
                    as("petugas"));
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.postJson("/engine-rest/task/" + verify.getId() + "/variables",
                "{\"modifications\":{\"isAdmin\":{\"value\":true}}}", as("petugas")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.getVariables(verify.getId())).doesNotContainKeys("isAdmin");
        assertThat(tasks.getVariable(verify.getId(), ProcessIds.VAR_SERVICE_CODE)).isNotEqualTo("sku");
        // reading them stays as the engine's authorizations allow
        assertThat(http.get("/engine-rest/task/" + verify.getId() + "/variables", as("petugas")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // Tasklist's own path: the webapp login does not open it either
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken(client, cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=petugas&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> webapp = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/camunda/api/engine/engine/default/task/" + verify.getId() + "/localVariables/serviceCode"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrfToken(client, cookies))
                .PUT(HttpRequest.BodyPublishers.ofString(variable)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
        assertThat(tasks.getVariable(verify.getId(), ProcessIds.VAR_SERVICE_CODE)).isNotEqualTo("sku");
    }

    /** Any page of the webapps hands out the token, in a header and a cookie. */
    private String csrfToken(HttpClient client, CookieManager cookies) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/camunda/api/admin/auth/user/default")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
                .reduce((first, last) -> last).orElse(""));
    }

    private Task verificationTask() {
        return verificationTask("domisili");
    }

    private Task verificationTask(String service) {
        String number = applications.submit(Samples.submission(catalog.get(service))).registrationNumber();
        Jobs.runDue(processEngine, number);
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(ProcessIds.TASK_VERIFY)
                .singleResult();
    }

    private static Consumer<HttpHeaders> as(String user) {
        return h -> h.set("Authorization", basic(user, "demo"));
    }
}
