package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The catalogue is the published promise: complete standards, and processes, forms and groups that exist. */
class ServiceCatalogTest extends IntegrationTest {

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    ServiceFormsCheck formsCheck;
    @Autowired
    RepositoryService repository;

    @Test
    void everyServiceHasAllFourteenComponentsOfItsStandard() {
        for (ServiceDefinition s : catalog.services()) {
            ServiceDefinition.InternalStandard i = s.internal();
            List<String> components = List.of(s.procedure(), s.completionTime(), s.cost(), s.product(), s.complaints(),
                    i.legalBasis(), i.facilities(), i.competence(), i.supervision(), i.staffing(), i.serviceGuarantee(),
                    i.safetyGuarantee(), i.performanceEvaluation());
            assertThat(s.requirements()).as(s.code() + " requirements").isNotEmpty();
            assertThat(components).as(s.code()).hasSize(13).allSatisfy(c -> assertThat(c).isNotBlank());
        }
    }

    @Test
    void everyServiceNamesExactlyTheFormsOfItsStaffTasksAndEachIsDeployed() {
        assertThat(catalog.services()).allSatisfy(s -> assertThat(formsCheck.problems(s)).as(s.code()).isEmpty());
    }

    @Test
    void theStaffTasksShowTheFormTheCatalogueNamesForTheService() {
        ServiceDefinition legalisasi = catalog.get("legalisasi");
        assertThat(legalisasi.forms()).containsOnlyKeys("verify", "confirm-original", "sign");
        assertThat(catalog.get("sku").forms()).containsOnlyKeys("verify", "review", "sign");
    }

    @Test
    void formsThatDoNotMatchTheProcessAreNamed() {
        ServiceDefinition domisili = catalog.get("domisili");

        List<String> problems = formsCheck.problems(withForms(domisili,
                Map.of("verify", "verify-unknown", "review", "review-application")));

        assertThat(problems).containsExactlyInAnyOrder(
                "domisili: verification/task_verify_application shows form 'verify-unknown', which is not deployed with verification",
                "domisili: signing/task_sign_letter asks the catalogue for the form of step 'sign', which it does not name",
                "domisili: names form 'review-application' for step 'review', which no user task of its process or the steps it calls shows");
    }

    @Test
    void aServiceFieldNamedLikeAProcessVariableIsRefused() {
        ServiceDefinition keramaian = catalog.get("keramaian");
        List<FieldDefinition> fields = new java.util.ArrayList<>(keramaian.fields());
        fields.add(new FieldDefinition("note", "Catatan", FieldDefinition.Type.TEXT, false, null, null, null, null,
                null, null));
        ServiceDefinition clashing = new ServiceDefinition(keramaian.code(), keramaian.name(), keramaian.description(),
                keramaian.processKey(), keramaian.requirements(), keramaian.procedure(), keramaian.completionTime(),
                keramaian.deadlines(), keramaian.cost(), keramaian.product(), keramaian.complaints(),
                keramaian.internal(), keramaian.correctionWorkingDays(), keramaian.routing(), keramaian.forms(), fields,
                keramaian.letter(), keramaian.processShape());

        assertThat(formsCheck.problems(clashing)).contains(
                "keramaian: field 'note' is named like a variable the processes or staff forms use; rename it");
    }

    @Test
    void aVerificationFormWithoutTheServiceFieldsIsRefused() {
        ServiceDefinition ahliWaris = catalog.get("ahli-waris");

        List<String> problems = formsCheck.problems(withForms(ahliWaris,
                Map.of("verify", "verify-keramaian", "sign", "sign-letter")));

        assertThat(problems).contains(
                "ahli-waris: form 'verify-keramaian' has no input for field 'deceasedName'",
                "ahli-waris: form 'verify-keramaian' has no input for field 'heirs'");
    }

    @Test
    void everyStaffTaskIsDueByAnAllowanceItsServiceDefines() {
        java.util.regex.Pattern step = java.util.regex.Pattern.compile("\\$\\{deadlines\\.task\\(execution, '([a-z-]+)'\\)}");
        for (ServiceDefinition s : catalog.services()) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(s.processKey())
                    .latestVersion().singleResult();
            for (ProcessDefinition used : withCalledProcesses(definition)) {
                for (UserTask task : repository.getBpmnModelInstance(used.getId()).getModelElementsByType(UserTask.class)) {
                    String where = s.code() + ": " + used.getKey() + "/" + task.getId();
                    java.util.regex.Matcher due = step.matcher(String.valueOf(task.getCamundaDueDate()));
                    assertThat(due.matches()).as(where + " camunda:dueDate from the catalogue").isTrue();
                    assertThat(s.deadlines().steps()).as(where).containsKey(due.group(1));
                }
            }
            // a step may not take longer than the whole service promises, where both count the same unit
            s.deadlines().steps().forEach((name, allowed) -> {
                if (allowed.unit() == s.deadlines().completion().unit()) {
                    assertThat(allowed.amount()).as(s.code() + " " + name).isLessThanOrEqualTo(s.deadlines().completion().amount());
                }
            });
        }
    }

    @Test
    void everyGroupTheRoutingNamesExists() {
        for (ServiceDefinition s : catalog.services()) {
            s.routing().forEach((step, groups) -> Stream.of(groups.split(",")).map(String::strip).forEach(group ->
                    assertThat(processEngine.getIdentityService().createGroupQuery().groupId(group).count())
                            .as(s.code() + " " + step + " group " + group).isEqualTo(1)));
        }
    }

    @Test
    void aServiceWithoutOneComponentIsRefusedAtStart() {
        Map<String, String> entry = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("layanan.catalog.services[0].code", "contoh"),
                Map.entry("layanan.catalog.services[0].name", "Contoh"),
                Map.entry("layanan.catalog.services[0].description", "Contoh layanan"),
                Map.entry("layanan.catalog.services[0].process-key", "contoh"),
                Map.entry("layanan.catalog.services[0].requirements[0].code", "ktp"),
                Map.entry("layanan.catalog.services[0].requirements[0].name", "KTP"),
                Map.entry("layanan.catalog.services[0].procedure", "Diajukan, diverifikasi, ditandatangani"),
                Map.entry("layanan.catalog.services[0].completion-time", "1 hari kerja"),
                Map.entry("layanan.catalog.services[0].product", "Surat"),
                Map.entry("layanan.catalog.services[0].complaints", "Loket pengaduan"),
                Map.entry("layanan.catalog.services[0].correction-working-days", "5"),
                Map.entry("layanan.catalog.services[0].routing.verify", "front-office"),
                Map.entry("layanan.catalog.services[0].letter.classification", "470"),
                Map.entry("layanan.catalog.services[0].letter.title", "SURAT")));
        // no cost, and no internal components at all
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        Binder binder = new Binder(new MapConfigurationPropertySource(entry));
        assertThatThrownBy(() -> binder.bind("layanan.catalog", Bindable.of(ServiceCatalog.class),
                new ValidationBindHandler(validator)))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("services[0].cost")
                .hasStackTraceContaining("services[0].internal");
    }

    private static ServiceDefinition withForms(ServiceDefinition s, Map<String, String> forms) {
        return new ServiceDefinition(s.code(), s.name(), s.description(), s.processKey(), s.requirements(),
                s.procedure(), s.completionTime(), s.deadlines(), s.cost(), s.product(), s.complaints(), s.internal(),
                s.correctionWorkingDays(), s.routing(), forms, s.fields(), s.letter(), s.processShape());
    }

    private List<ProcessDefinition> withCalledProcesses(ProcessDefinition definition) {
        List<ProcessDefinition> all = new java.util.ArrayList<>(List.of(definition));
        for (CallActivity call : repository.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(CallActivity.class)) {
            ProcessDefinition called = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(call.getCalledElement()).latestVersion().singleResult();
            assertThat(called).as("called process " + call.getCalledElement()).isNotNull();
            all.add(called);
        }
        return all;
    }
}
