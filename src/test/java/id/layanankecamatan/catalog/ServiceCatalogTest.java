package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The catalogue is the published promise: complete standards, and steps, processes, forms and groups that exist. */
class ServiceCatalogTest extends IntegrationTest {

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    CatalogCheck check;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine engine;

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
    void everyServiceHasARecordForExactlyTheStepsOfItsProcessesAndEachFormIsDeployed() {
        assertThat(catalog.services()).allSatisfy(s -> assertThat(check.problems(s)).as(s.code()).isEmpty());
    }

    @Test
    void theStaffTasksShowTheFormTheCatalogueNamesForTheService() {
        assertThat(catalog.get("legalisasi").steps()).containsOnlyKeys("verify", "confirm-original", "paraf-kasi", "sign");
        assertThat(catalog.get("sku").steps()).containsOnlyKeys("verify", "review", "paraf-sekcam", "sign");
        assertThat(catalog.get("sku").step("review").form()).isEqualTo("review-application");
    }

    @Test
    void stepsThatDoNotMatchTheProcessAreNamedOnePerLine() {
        ServiceDefinition domisili = catalog.get("domisili");
        ServiceStep verify = domisili.step("verify");

        List<String> problems = check.problems(withSteps(domisili, Map.of(
                "verify", new ServiceStep(verify.groups(), "verify-unknown", verify.due(), null),
                "review", new ServiceStep(List.of("kasi-kesos"), "review-application", verify.due(), null))));

        assertThat(problems).containsExactlyInAnyOrder(
                "domisili: verification/task_verify_application shows form 'verify-unknown', which is not deployed with verification",
                "domisili: signing asks the catalogue about step 'sign', which has no record",
                "domisili: step 'review' has a record, but no task of its process or the steps it calls asks for it");
    }

    @Test
    void stepsRoutedOrEscalatedToAGroupTheOfficeDoesNotHaveAreNamed() {
        ServiceDefinition domisili = catalog.get("domisili");
        ServiceStep sign = domisili.step("sign");
        ServiceCatalog typo = new ServiceCatalog(catalog.standards(), Map.of("domisili", withSteps(domisili, Map.of(
                "verify", domisili.step("verify"),
                "sign", new ServiceStep(List.of("camt"), sign.form(), sign.due(), List.of("sekcam", "bupati"))))),
                catalog.groups());

        assertThat(new CatalogCheck(typo, engine, new ObjectMapper()).groupProblems())
                .containsExactly(
                        "domisili: step 'sign' is routed to 'camt', which is not an office group",
                        "domisili: step 'sign' escalates to 'bupati', which is not an office group");
    }

    @Test
    void aServiceFieldNamedLikeAProcessVariableIsRefused() {
        ServiceDefinition keramaian = catalog.get("keramaian");
        List<FieldDefinition> fields = new java.util.ArrayList<>(keramaian.fields());
        fields.add(new FieldDefinition("note", "Catatan", FieldDefinition.Type.TEXT, false, null, null, null, null,
                null, null, null, null, null));
        ServiceDefinition clashing = new ServiceDefinition(keramaian.code(), keramaian.name(), keramaian.description(),
                keramaian.processKey(), keramaian.requirements(), keramaian.procedure(), keramaian.completionTime(),
                keramaian.deadlines(), keramaian.cost(), keramaian.product(), keramaian.complaints(),
                keramaian.internal(), keramaian.correctionWorkingDays(), keramaian.steps(), fields,
                keramaian.letter(), keramaian.processShape(), keramaian.acceptingApplications(), keramaian.closedNote(),
                keramaian.warnNikOutsideRegion());

        assertThat(check.problems(clashing)).contains(
                "keramaian: field 'note' is named like a variable the processes or staff forms use; rename it");
    }

    @Test
    void aClosedServiceWithoutItsNoteAndARuleOnTheWrongKindOfFieldAreRefused() {
        ServiceDefinition pindah = catalog.get("pindah");
        FieldDefinition.MinimumAge age = new FieldDefinition.MinimumAge(19, "reason", "Ke pengadilan.");
        FieldDefinition.LeadTime lead = new FieldDefinition.LeadTime(14, "kepolisian perlu waktu.");
        List<FieldDefinition> fields = List.of(new FieldDefinition("reason", "Alasan", FieldDefinition.Type.SELECT,
                true, null, List.of("pekerjaan"), null, null, null, null, age, lead, null));
        ServiceDefinition broken = new ServiceDefinition(pindah.code(), pindah.name(), pindah.description(),
                pindah.processKey(), pindah.requirements(), pindah.procedure(), pindah.completionTime(),
                pindah.deadlines(), pindah.cost(), pindah.product(), pindah.complaints(), pindah.internal(),
                pindah.correctionWorkingDays(), pindah.steps(), fields, pindah.letter(), pindah.processShape(), false,
                " ", false);

        assertThat(CatalogCheck.ruleProblems(broken)).containsExactly(
                "pindah: accepting-applications is false, so closed-note must tell citizens what to do instead",
                "pindah: field 'reason' has a minimum-age but is not a NIK",
                "pindah: field 'reason' counts its minimum-age on 'reason', which is not a date field of the service",
                "pindah: field 'reason' has a lead-time but is not a date");
        assertThat(catalog.services()).allSatisfy(s -> assertThat(CatalogCheck.ruleProblems(s)).isEmpty());
    }

    @Test
    void aVerificationFormWithoutTheServiceFieldsIsRefused() {
        ServiceDefinition ahliWaris = catalog.get("ahli-waris");

        ServiceStep verify = ahliWaris.step("verify");
        List<String> problems = check.problems(withSteps(ahliWaris, Map.of("sign", ahliWaris.step("sign"),
                "verify", new ServiceStep(verify.groups(), "verify-keramaian", verify.due(), null))));

        assertThat(problems).contains(
                "ahli-waris: form 'verify-keramaian' has no input for field 'deceasedName'",
                "ahli-waris: form 'verify-keramaian' has no input for field 'heirs'");
    }

    @Test
    void noStepMayTakeLongerThanTheWholeServicePromises() {
        for (ServiceDefinition s : catalog.services()) {
            // compared where both count the same unit
            s.steps().forEach((name, step) -> {
                if (step.due().unit() == s.deadlines().completion().unit()) {
                    assertThat(step.due().amount()).as(s.code() + " " + name)
                            .isLessThanOrEqualTo(s.deadlines().completion().amount());
                }
            });
        }
    }

    @Test
    void everyGroupTheStepsNameExistsInCamunda() {
        assertThat(check.groupProblems()).isEmpty();
        for (ServiceDefinition s : catalog.services()) {
            s.steps().forEach((name, step) -> Stream.concat(step.groups().stream(), step.escalation().stream())
                    .forEach(group -> assertThat(processEngine.getIdentityService().createGroupQuery().groupId(group)
                            .singleResult()).as(s.code() + " " + name + " group " + group).isNotNull()
                            .extracting(Group::getName).isEqualTo(catalog.groups().get(group))));
        }
    }

    @Test
    void aServiceWithoutOneComponentIsRefusedAtStart() {
        Map<String, String> entry = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("layanan.catalog.services.contoh.name", "Contoh"),
                Map.entry("layanan.catalog.services.contoh.description", "Contoh layanan"),
                Map.entry("layanan.catalog.services.contoh.process-key", "contoh"),
                Map.entry("layanan.catalog.services.contoh.requirements[0].code", "ktp"),
                Map.entry("layanan.catalog.services.contoh.requirements[0].name", "KTP"),
                Map.entry("layanan.catalog.services.contoh.procedure", "Diajukan, diverifikasi, ditandatangani"),
                Map.entry("layanan.catalog.services.contoh.completion-time", "1 hari kerja"),
                Map.entry("layanan.catalog.services.contoh.product", "Surat"),
                Map.entry("layanan.catalog.services.contoh.complaints", "Loket pengaduan"),
                Map.entry("layanan.catalog.services.contoh.correction-working-days", "5"),
                Map.entry("layanan.catalog.services.contoh.steps.verify.groups", "front-office"),
                Map.entry("layanan.catalog.services.contoh.steps.verify.form", "verify-application"),
                Map.entry("layanan.catalog.services.contoh.steps.verify.due", "PT1H"),
                Map.entry("layanan.catalog.groups.front-office", "Petugas loket"),
                Map.entry("layanan.catalog.services.contoh.letter.classification", "470"),
                Map.entry("layanan.catalog.services.contoh.letter.title", "SURAT")));
        // no cost, and no internal components at all
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        Binder binder = new Binder(new MapConfigurationPropertySource(entry));
        assertThatThrownBy(() -> binder.bind("layanan.catalog", Bindable.of(ServiceCatalog.class),
                new ValidationBindHandler(validator)))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("NotBlank.layanan.catalog.services.contoh.cost")
                .hasStackTraceContaining("NotNull.layanan.catalog.services.contoh.internal");
    }

    @Test
    void aStepWithoutItsFormIsRefusedAtStart() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "layanan.catalog.services.contoh.steps.verify.groups", "front-office",
                "layanan.catalog.services.contoh.steps.verify.due", "PT1H")));
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();

        assertThatThrownBy(() -> binder.bind("layanan.catalog", Bindable.of(ServiceCatalog.class),
                new ValidationBindHandler(validator)))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("layanan.catalog.services.contoh.steps.verify.form");
    }

    private static ServiceDefinition withSteps(ServiceDefinition s, Map<String, ServiceStep> steps) {
        return new ServiceDefinition(s.code(), s.name(), s.description(), s.processKey(), s.requirements(),
                s.procedure(), s.completionTime(), s.deadlines(), s.cost(), s.product(), s.complaints(), s.internal(),
                s.correctionWorkingDays(), steps, s.fields(), s.letter(), s.processShape(), s.acceptingApplications(),
                s.closedNote(), s.warnNikOutsideRegion());
    }
}
