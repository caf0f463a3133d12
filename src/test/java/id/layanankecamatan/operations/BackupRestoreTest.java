package id.layanankecamatan.operations;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.AppNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.TaskCompletion;
import id.layanankecamatan.workflow.StaffDecision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * README "Backup and restore", done as the operator does it: an office works on PostgreSQL A, the database is
 * dumped with {@code pg_dump -Fc}, the keystore, letter templates and logo are copied, and everything is restored
 * on an empty PostgreSQL B with {@code pg_restore}. The application started on B must serve the issued letter
 * byte for byte, still verify it, and carry on with the application that was half-way.
 */
class BackupRestoreTest {

    private static final String DATABASE = "layanan";
    /** The application's own role, no superuser, as in production. */
    private static final String USER = "layanan";
    private static final String TRACKING = "X-Tracking-Code";
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
    /** The office's own template line, to see which template a letter was made from. */
    private static final String OFFICE_TEMPLATE_LINE = "Surat ini dibuat menurut templat kantor yang dipulihkan.";
    private static final String[] OFFICE_FILES = {"office-signing.p12", "signing-camat.p12", "signing-sekcam.p12",
        "letters", "logo.png"};

    // the keystore password travels apart from the backup: here only in the environment of both nodes
    private final String signingPassword = "kunci-" + UUID.randomUUID();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theRestoredOfficeServesItsLettersAndCarriesOnWithTheOpenApplication() throws Exception {
        Path backup = work.resolve("backup");
        Path restored = work.resolve("restored");
        BackedUp original = workThenBackUp(work.resolve("original"), backup);
        assertThat(original.tables().get("application").rows()).isEqualTo(2);
        assertThat(original.tables().get("letter").rows()).isEqualTo(1);
        assertThat(original.tables().get("attachment").rows()).isEqualTo(6);
        assertThat(original.tables().get("act_ru_task").rows()).isEqualTo(1);

        try (EmbeddedPostgres b = EmbeddedPostgres.builder().start()) {
            // the restore on a new server: the role, an empty database, pg_restore, the office files back in place
            PostgresClientTools tools = original.tools();
            tools.createUser(b.getPort(), USER);
            tools.createDatabase(b.getPort(), DATABASE, USER);
            tools.restore(b.getPort(), DATABASE, USER, backup.resolve("layanan.dump"));
            copyOfficeFiles(backup, restored);
            assertThat(tables(b)).as("every table, row for row, as it was dumped").isEqualTo(original.tables());

            // production behaviour on B: no self-signed certificate is made up when the keystore is missing
            AppNode node = node("restore-b", b, restored, false);
            try (node) {
                Office office = new Office(node.start());

                JsonNode status = office.status(original.issued());
                assertThat(status.get("status").asText()).isEqualTo("ISSUED");
                assertThat(status.get("letterAvailable").asBoolean()).isTrue();
                assertThat(status.get("letterNumber").asText()).isEqualTo(original.letterNumber());
                assertThat(office.letter(original.issued())).as("the letter the citizen downloads after the restore")
                        .isEqualTo(original.letter());
                assertThat(office.verify(original.letter())).contains(genuine(original.letterNumber()));

                // the half-way application: the same task waits, the officer and the camat finish it on B
                Citizen halfway = original.halfway();
                assertThat(office.status(halfway).get("status").asText()).isEqualTo("SUBMITTED");
                JsonNode verify = office.awaitTask("petugas", halfway);
                assertThat(verify.get("id").asText()).isEqualTo(original.verifyTaskId());
                office.complete("petugas", verify, StaffDecision.ACCEPT);
                office.complete("kasipem", office.awaitTask("kasipem", halfway), StaffDecision.PARAF);
                office.complete("sekcam", office.awaitTask("sekcam", halfway), StaffDecision.PARAF);
                office.complete("camat", office.awaitTask("camat", halfway), StaffDecision.SIGN);
                office.awaitStatus(halfway, "ISSUED");
                String nextNumber = office.status(halfway).get("letterNumber").asText();
                assertThat(sequence(nextNumber)).as("the letter register goes on where the backup left it")
                        .isEqualTo(sequence(original.letterNumber()) + 1);
                byte[] nextLetter = office.letter(halfway);
                assertThat(text(nextLetter)).contains(OFFICE_TEMPLATE_LINE, nextNumber);
                assertThat(office.verify(nextLetter)).contains(genuine(nextNumber));
            }
        }
    }

    /**
     * On server A: one application issued, one waiting for verification; the node stopped (SIGTERM, as an operator
     * stops the service, so the dump is of a database at rest); then the backup: one dump of the one database
     * (engine and our tables together) and the office files.
     */
    private BackedUp workThenBackUp(Path original, Path backup) throws Exception {
        officeFiles(original);
        try (EmbeddedPostgres a = EmbeddedPostgres.builder().start()) {
            PostgresClientTools tools = PostgresClientTools.forServer(majorVersion(a));
            tools.createUser(a.getPort(), USER);
            tools.createDatabase(a.getPort(), DATABASE, USER);
            Citizen issued;
            Citizen halfway;
            String verifyTaskId;
            String letterNumber;
            byte[] letter;
            AppNode node = node("backup-a", a, original, true);
            try (node) {
                Office office = new Office(node.start());
                issued = office.submit();
                halfway = office.submit();
                office.complete("petugas", office.awaitTask("petugas", issued), StaffDecision.ACCEPT);
                office.complete("kasipem", office.awaitTask("kasipem", issued), StaffDecision.PARAF);
                office.complete("sekcam", office.awaitTask("sekcam", issued), StaffDecision.PARAF);
                office.complete("camat", office.awaitTask("camat", issued), StaffDecision.SIGN);
                office.awaitStatus(issued, "ISSUED");
                office.awaitProcessEnded(issued);
                verifyTaskId = office.awaitTask("petugas", halfway).get("id").asText();
                letterNumber = office.status(issued).get("letterNumber").asText();
                letter = office.letter(issued);
                assertThat(office.verify(letter)).contains(genuine(letterNumber));
                assertThat(text(letter)).contains(OFFICE_TEMPLATE_LINE);
                node.stop();
            }
            Map<String, TableContent> tables = tables(a);
            Files.createDirectories(backup);
            tools.dump(a.getPort(), DATABASE, USER, backup.resolve("layanan.dump"));
            copyOfficeFiles(original, backup);
            return new BackedUp(tools, issued, halfway, verifyTaskId, letterNumber, letter, tables);
        }
    }

    /** What /verifikasi says of exactly the issued file with the signer's signature intact. */
    private static String[] genuine(String letterNumber) {
        return new String[] {"ASLI: berkas ini sama persis dengan surat nomor " + letterNumber,
                "Tanda tangan elektronik utuh. Ditandatangani secara elektronik oleh"};
    }

    /**
     * A node on that server's database, with the office files of that site. The configuration (environment) is
     * the same on both sites; the signing password is given, never stored with the files.
     */
    private AppNode node(String name, EmbeddedPostgres server, Path site, boolean selfSignedIfMissing) {
        return AppNode.on(name, server.getJdbcUrl(USER, DATABASE))
                .env("DB_USER", USER)
                .env("SIGNING_KEYSTORE", site.resolve("office-signing.p12").toString())
                .env("SIGNER_KEYSTORE_DIR", site.toString())
                .env("SIGNING_PASSWORD", signingPassword)
                .env("SIGNING_SELF_SIGNED_IF_MISSING", String.valueOf(selfSignedIfMissing))
                .env("LETTER_TEMPLATE_DIR", site.resolve("letters").toString())
                .env("LETTER_LOGO", "file:" + site.resolve("logo.png"))
                // mails of the demo go here; nothing in it is needed again, so it is not backed up
                .env("MAIL_OUTBOX_DIR", site.resolve("outbox").toString())
                .build();
    }

    /** The office's own domisili template (the bundled one and one line more) and its letterhead logo. */
    private static void officeFiles(Path site) throws IOException {
        Files.createDirectories(site.resolve("letters"));
        String template = resource("letters/domisili.txt") + "\n" + OFFICE_TEMPLATE_LINE + "\n";
        Files.writeString(site.resolve("letters/domisili.txt"), template, StandardCharsets.UTF_8);
        Files.write(site.resolve("logo.png"), resourceBytes("letterhead/logo.png"));
    }

    /** Keystore, templates and logo; not the outbox, which holds only copies of mails already written. */
    private static void copyOfficeFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : OFFICE_FILES) {
            FileSystemUtils.copyRecursively(from.resolve(file), to.resolve(file));
        }
    }

    /** Rows and an MD5 of their text, per table of the application's schema: equal means restored as dumped. */
    private static Map<String, TableContent> tables(EmbeddedPostgres server) {
        JdbcClient jdbc = JdbcClient.create(server.getDatabase("postgres", DATABASE));
        Map<String, TableContent> tables = new TreeMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE'").query(String.class).list()) {
            tables.put(table, jdbc.sql("SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                    + "t::text), '')) AS digest FROM \"" + table + "\" t")
                    .query((rs, i) -> new TableContent(rs.getLong("n"), rs.getString("digest"))).single());
        }
        assertThat(tables).containsKeys("application", "letter", "act_ru_task", "layanan_schema_history");
        return tables;
    }

    private static int majorVersion(EmbeddedPostgres server) {
        return JdbcClient.create(server.getPostgresDatabase()).sql("SHOW server_version_num").query(Integer.class)
                .single() / 10000;
    }

    /** 400.12.2/0007/BTN/XII/2026 → 7 */
    private static int sequence(String letterNumber) {
        return Integer.parseInt(letterNumber.split("/")[1]);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String resource(String path) throws IOException {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private record TableContent(long rows, String digest) {
    }

    /** What server A held when it was backed up, to compare the restored office with. */
    private record BackedUp(PostgresClientTools tools, Citizen issued, Citizen halfway, String verifyTaskId,
                            String letterNumber, byte[] letter, Map<String, TableContent> tables) {
    }

    private record Citizen(String number, String trackingCode) {
    }

    /** The citizen, the officer and the camat on one node, over HTTP as in ApplicationEndToEndTest. */
    private final class Office {
        private final AppNode node;
        private final Http http;

        Office(AppNode node) {
            this.node = node;
            this.http = new Http(node.baseUrl());
        }

        Citizen submit() throws Exception {
            ResponseEntity<String> created = http.postMultipart("/api/v1/applications", new Http.Parts()
                    .text("service", "domisili")
                    .json("data", Samples.domisiliData().toString())
                    .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                    .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
            JsonNode receipt = json.readTree(created.getBody());
            return new Citizen(receipt.get("registrationNumber").asText(), receipt.get("trackingCode").asText());
        }

        JsonNode status(Citizen citizen) throws Exception {
            ResponseEntity<String> answer = http.get("/api/v1/applications/" + citizen.number(),
                    h -> h.set(TRACKING, citizen.trackingCode()));
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
            return json.readTree(answer.getBody());
        }

        byte[] letter(Citizen citizen) {
            ResponseEntity<byte[]> download = http.getBytes("/api/v1/applications/" + citizen.number() + "/letter",
                    h -> h.set(TRACKING, citizen.trackingCode()));
            assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
            return download.getBody();
        }

        /** What the public page /verifikasi says about an uploaded PDF, as plain text. */
        String verify(byte[] pdf) {
            ResponseEntity<String> page = http.postMultipart("/verifikasi",
                    new Http.Parts().file("berkas", "surat.pdf", pdf).build(), h -> { });
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            return HtmlUtils.htmlUnescape(page.getBody()).replaceAll("\\s+", " ");
        }

        void awaitStatus(Citizen citizen, String expected) {
            await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250)).alias(citizen.number() + " " + expected
                    + ", see " + node.log()).until(() -> status(citizen).get("status").asText().equals(expected));
        }

        /** The process ended: every asynchronous step (the letter mail) has run, nothing is left half-done. */
        void awaitProcessEnded(Citizen citizen) {
            await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250)).alias(citizen.number() + " ended, see "
                    + node.log()).until(() -> json.readTree(http.get("/engine-rest/process-instance?businessKey="
                    + citizen.number(), h -> h.set("Authorization", basic("admin", "demo"))).getBody()).isEmpty());
        }

        /** The one open task of the application that the user sees, once the engine has created it. */
        JsonNode awaitTask(String user, Citizen citizen) {
            List<JsonNode> tasks = new ArrayList<>();
            await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250)).alias("a task of " + citizen.number()
                    + " for " + user + ", see " + node.log()).until(() -> {
                        tasks.clear();
                        json.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + citizen.number(),
                                h -> h.set("Authorization", basic(user, "demo"))).getBody()).forEach(tasks::add);
                        return !tasks.isEmpty();
                    });
            assertThat(tasks).hasSize(1);
            return tasks.get(0);
        }

        /** Claim and complete as Tasklist does. */
        void complete(String user, JsonNode task, String decision) {
            String id = task.get("id").asText();
            assertThat(http.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}",
                    h -> h.set("Authorization", basic(user, "demo"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            ResponseEntity<String> answer = http.postJson("/engine-rest/task/" + id + "/complete",
                    TaskCompletion.json(decision),
                    h -> h.set("Authorization", basic(user, "demo")));
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }
}
