package id.layanankecamatan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.layanankecamatan.LayananKecamatanApplication;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.RealServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile: the start is refused without strong secrets or with the released example standards, the
 * demo profile is refused on a real database, and what the office needs (groups, grants, Tasklist filters) exists
 * without any demo user. Runs in a JVM of its own (pom.xml): a second engine beside the demo one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ADMIN_PASSWORD=" + ProductionStartTest.ADMIN_PASSWORD,
        "SIGNING_PASSWORD=office-keystore-secret",
        "layanan.signing.keystore=target/production-test-signing.p12",
        "layanan.signing.self-signed-if-missing=true",
        // the office's own standards in place of the released examples
        "layanan.catalog.standards.delegation-decree.number=100.3.3/45/2026",
        "layanan.catalog.standards.standards-decree.number=000.8/12/SK/2026",
        "layanan.catalog.standards.responsible-official.name=Drs. Ahmad Siregar",
        "layanan.catalog.standards.complaint-officer.name=Rina Harahap, S.Sos.",
        "layanan.catalog.standards.service-hours=Senin–Kamis pukul 08.00–15.00 WIB, Jumat pukul 08.00–15.30 WIB",
        "layanan.catalog.standards.complaint-contact=Loket pengaduan kantor camat, telepon (0634) 21000"})
@ActiveProfiles({"postgres", "test"})
@Import(RealServers.class)
@DirtiesContext
class ProductionStartTest {

    static final String ADMIN_PASSWORD = "Kantor-Camat-2026!";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    DemoAccountsGuard demoAccounts;
    @Autowired
    ServiceCatalog catalog;

    @Test
    void withoutAdminPasswordTheStartIsRefusedNamingTheVariables() {
        Throwable refused = start("postgres");
        assertThat(refused).isInstanceOf(StartRefusedException.class);
        assertThat(refused.getMessage()).contains("ADMIN_PASSWORD is not set: set a strong administrator password",
                "(the demo profile is not for production)", "SIGNING_PASSWORD is not set");
    }

    @Test
    void aDemoPasswordIsRefusedToo() {
        Throwable refused = start("postgres", "ADMIN_PASSWORD=demo", "SIGNING_PASSWORD=changeme",
                "layanan.signing.signers.camat.keystore=target/camat.p12", "layanan.signing.signers.camat.password=demo",
                "layanan.signing.signers.sekcam.keystore=target/sekcam.p12",
                "layanan.signing.signers.pejabat.use-office-certificate=true");
        assertThat(refused).isInstanceOf(StartRefusedException.class);
        assertThat(refused.getMessage()).contains("ADMIN_PASSWORD is a well-known demo value",
                "SIGNING_PASSWORD is a well-known demo value",
                // each signer's own keystore is a secret too; one signing with the office certificate has none
                "layanan.signing.signers.camat.password is a well-known demo value",
                "layanan.signing.signers.sekcam.password is not set").doesNotContain("pejabat");
        assertThat(start("postgres", "ADMIN_PASSWORD=   ", "SIGNING_PASSWORD=office-keystore-secret").getMessage())
                .contains("ADMIN_PASSWORD is not set");
    }

    @Test
    void aTelegramBotWithoutItsWebhookSecretIsRefused() {
        Throwable refused = start("postgres", "ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "SIGNING_PASSWORD=office-keystore-secret", "layanan.telegram.bot-token=123456:production-token",
                "layanan.telegram.bot-name=kecamatan_bot");
        assertThat(refused).isInstanceOf(StartRefusedException.class);
        assertThat(((StartRefusedException) refused).problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("TELEGRAM_WEBHOOK_SECRET is not set: set the secret_token given to Telegram's setWebhook"));
        assertThat(((StartRefusedException) start("postgres", "ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "SIGNING_PASSWORD=office-keystore-secret", "layanan.telegram.bot-token=123456:production-token",
                "layanan.telegram.webhook-secret=short")).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("TELEGRAM_WEBHOOK_SECRET is shorter than 16"));
    }

    @Test
    void theReleasedExampleStandardsAreRefusedNamingEachSetting() {
        Throwable refused = start("postgres", "ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "SIGNING_PASSWORD=office-keystore-secret",
                "layanan.catalog.standards.service-hours=Senin–Jumat pukul 08.00–15.00 WIB");
        assertThat(refused).isInstanceOf(StartRefusedException.class);
        String advice = " is still the released example (CONTOH): set the office's own in its catalogue file "
                + "(see README, Service catalogue)";
        assertThat(((StartRefusedException) refused).problems()).containsExactly(
                "layanan.catalog.standards.delegation-decree.number" + advice,
                "layanan.catalog.standards.standards-decree.number" + advice,
                "layanan.catalog.standards.responsible-official.name" + advice,
                "layanan.catalog.standards.complaint-officer.name" + advice,
                "layanan.catalog.standards.complaint-contact" + advice);
        // this test's own context runs with the office's own standards
        assertThat(catalog.standards().examplesLeft()).isEmpty();
    }

    @Test
    void theDemoProfileIsRefusedOnAPostgresDatabase() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE demo_check");
        }
        // the operator set DB_URL but forgot SPRING_PROFILES_ACTIVE (no profile means demo)
        Throwable refused = start("", "DB_URL=" + postgres.getJdbcUrl("postgres", "demo_check"),
                "DB_USER=postgres", "DB_PASSWORD=");
        Throwable cause = refused;
        while (cause != null && !(cause instanceof StartRefusedException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as(String.valueOf(refused)).isNotNull();
        assertThat(cause.getMessage()).contains("The demo profile is active on the database jdbc:postgresql:",
                "DEMO_ALLOW_EXTERNAL_DB=true");
    }

    @Test
    void theOfficeGroupsGrantsAndFiltersExistWithoutAnyDemoUser() {
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId).contains(StaffGroups.FRONT_OFFICE,
                StaffGroups.CAMAT, StaffGroups.SEKCAM, StaffGroups.KASI_KESOS, StaffGroups.KASI_EKBANG,
                // the Prometheus scrape's group, with no grant and no account until the office creates one
                StaffGroups.MONITORING);
        // the engine's default: members may read their own group, nothing else (no Tasklist, Cockpit, processes)
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.MONITORING).list())
                .allSatisfy(grant -> assertThat(grant.getResourceType()).isEqualTo(Resources.GROUP.resourceType()));
        for (String group : StaffGroups.OFFICE) {
            assertThat(granted(group, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS))
                    .as(group).isTrue();
            assertThat(granted(group, Resources.FILTER, "*").isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(granted(group, Resources.FILTER, "*").isPermissionGranted(Permissions.CREATE)).isFalse();
            assertThat(granted(group, Resources.PROCESS_DEFINITION, "*").isPermissionGranted(Permissions.READ))
                    .isTrue();
        }
        assertThat(granted(StaffGroups.CAMAT, Resources.APPLICATION, "cockpit").isPermissionGranted(Permissions.ACCESS))
                .isTrue();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.FRONT_OFFICE)
                .resourceType(Resources.APPLICATION).resourceId("cockpit").count()).isZero();
        assertThat(filters.createFilterQuery().filterName("Tugas saya").count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName("Tugas grup saya").count()).isEqualTo(1);
        // the only account is the administrator from ADMIN_PASSWORD
        assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
        assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
    }

    @Test
    void accountsLeftWithTheDemoPasswordAreDisabledAtStart() {
        User old = identity.newUser("olddemo");
        old.setPassword("demo");
        identity.saveUser(old);
        User admin = identity.createUserQuery().userId("admin").singleResult();
        admin.setPassword("demo");
        identity.saveUser(admin);
        try {
            assertThat(demoAccounts.disableDemoPasswords(engine)).containsExactlyInAnyOrder("admin", "olddemo");
            assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
            assertThat(identity.checkPassword("olddemo", "demo")).isFalse();
            // a second start finds nothing left to disable
            assertThat(demoAccounts.disableDemoPasswords(engine)).isEmpty();
        } finally {
            identity.deleteUser("olddemo");
        }
    }

    private Authorization granted(String group, org.camunda.bpm.engine.authorization.Resource resource, String id) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(id).singleResult();
        assertThat(grant).as(group + " " + resource.resourceName() + " " + id).isNotNull();
        return grant;
    }

    /** Starts the application in-process as an operator would (arguments as on a command line); answers why it did not start. */
    private static Throwable start(String profiles, String... settings) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--layanan.signing.keystore=target/refused-start-signing.p12",
                "--layanan.mail.outbox-dir=target/outbox",
                "--camunda.bpm.job-execution.enabled=false"));
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        SpringApplicationBuilder application = new SpringApplicationBuilder(LayananKecamatanApplication.class);
        if (!profiles.isBlank()) {
            application.profiles(profiles.split(","));
        }
        Throwable failure = catchThrowable(() -> application.run(arguments.toArray(String[]::new)).close());
        assertThat(failure).as("the start must be refused").isNotNull();
        return failure;
    }
}
