package id.layanankecamatan.sla;

import id.layanankecamatan.calendar.WorkingDuration;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.catalog.ServiceStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Seeds years of finished applications on PostgreSQL in bulk ({@code INSERT … SELECT generate_series}), with the
 * rows the real code writes for them: the application with its promised time and paused office time, its
 * timeline, one SLA record per staff step of its service (in the catalogue's order), the letter, and the monthly
 * SLA totals. Everything is fake and marked as such: registration numbers {@code SIM-…}, "Warga Simulasi", a
 * placeholder PDF. Deterministic: the same plan gives the same rows (hashes of the row number, no random()).
 *
 * <p>About 86 % of the applications move at a good pace, the rest slowly (late steps and late letters); 10 % are
 * rejected at verification, 2 % withdrawn, 8 % of the rest sent back once for correction. The last
 * {@link Plan#inFlight()} applications are still open: one staff step running, some of them past due.
 */
public final class HistoryGenerator {

    /** Every generated registration number starts with this, so that seeded rows are told from real ones. */
    public static final String PREFIX = "SIM-";

    private final DataSource dataSource;
    private final ServiceCatalog catalog;
    private final ZoneId zone;

    public HistoryGenerator(DataSource dataSource, ServiceCatalog catalog, ZoneId zone) {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.zone = zone;
    }

    /**
     * {@code applications} in all, spread evenly over the working days of {@code years} years before {@code end};
     * the last {@code inFlight} of them submitted in the three days before {@code end} and still open.
     */
    public record Plan(int applications, int inFlight, OffsetDateTime end, int years) {
        public static Plan of(int applications, OffsetDateTime end) {
            return new Plan(applications, Math.min(applications / 10, 150), end, 5);
        }
    }

    /** What was written, and how long it took. */
    public record Seeded(int applications, long steps, long events, long letters, long firstId, long lastId,
                         Duration took) {
    }

    public Seeded seed(Plan plan) {
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            db.setAutoCommit(true);
            long base = scalar(sql, "SELECT coalesce(max(id), 0) + 1000 FROM application");
            services(db, sql);
            sql.execute("SET synchronous_commit = off");
            // the rows reference each other correctly by construction: no foreign key checks row by row (a
            // superuser's bulk load, as the embedded database allows; otherwise only slower)
            try {
                sql.execute("SET session_replication_role = replica");
            } catch (SQLException notSuperuser) {
                System.out.println("seeding with foreign key checks: " + notSuperuser.getMessage());
            }
            Map<String, Object> values = Map.of("base", base, "n", plan.applications(), "open", plan.inFlight(),
                    "end", "'" + plan.end() + "'::timestamptz", "years", plan.years(), "zone", "'" + zone.getId() + "'");
            timed("apps", () -> execute(sql, APPS, values));
            timed("runs", () -> execute(sql, STEP_RUNS, values));
            timed("applications", () -> execute(sql, APPLICATIONS, values));
            long steps = timed("steps", () -> execute(sql, STEPS, values));
            long events = timed("events", () -> execute(sql, EVENTS, values));
            long letters = timed("letters", () -> execute(sql, LETTERS, values));
            sql.execute("SELECT setval(pg_get_serial_sequence('application', 'id'), (SELECT max(id) FROM application))");
            sql.execute("DROP TABLE gen_app, gen_step_run, gen_step, gen_service");
            sql.execute("RESET session_replication_role");
            // fresh statistics and visibility map, as autovacuum would leave them after a day of work
            for (String table : List.of("application", "application_event", "sla_step", "letter")) {
                timed("vacuum " + table, () -> sql.executeUpdate("VACUUM ANALYZE " + table));
            }
            return new Seeded(plan.applications(), steps, events, letters, base + 1, base + plan.applications(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the SLA history failed: " + e.getMessage(), e);
        }
    }

    /** The catalogue's services and their steps, as the engine would name them, for the bulk statements. */
    private void services(Connection db, Statement sql) throws SQLException {
        sql.execute("DROP TABLE IF EXISTS gen_app, gen_step_run, gen_step, gen_service");
        sql.execute("CREATE TEMP TABLE gen_service (sidx INT PRIMARY KEY, code TEXT, steps INT, total_minutes INT)");
        sql.execute("""
                CREATE TEMP TABLE gen_step (sidx INT, ord INT, step TEXT, step_name TEXT, groups TEXT,
                    due_minutes INT, offset_minutes INT, officers TEXT[], PRIMARY KEY (sidx, ord))""");
        List<ServiceDefinition> services = catalog.services();
        try (PreparedStatement service = db.prepareStatement("INSERT INTO gen_service VALUES (?, ?, ?, ?)");
             PreparedStatement step = db.prepareStatement("INSERT INTO gen_step VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < services.size(); s++) {
                ServiceDefinition definition = services.get(s);
                int offset = 0;
                int ord = 0;
                for (Map.Entry<String, ServiceStep> entry : definition.steps().entrySet()) {
                    ServiceStep settings = entry.getValue();
                    int due = minutes(settings.due());
                    String[] task = task(entry.getKey());
                    step.setInt(1, s);
                    step.setInt(2, ++ord);
                    step.setString(3, task[0]);
                    step.setString(4, task[1]);
                    step.setString(5, String.join(",", settings.groups().stream().sorted().toList()));
                    step.setInt(6, due);
                    step.setInt(7, offset);
                    step.setArray(8, db.createArrayOf("text", officers(settings.groups()).toArray()));
                    step.addBatch();
                    offset += due;
                }
                service.setInt(1, s);
                service.setString(2, definition.code());
                service.setInt(3, ord);
                service.setInt(4, offset);
                service.addBatch();
            }
            service.executeBatch();
            step.executeBatch();
        }
    }

    /** The user task a catalogue step runs as (processes/shared/*.bpmn). */
    private static String[] task(String step) {
        if (step.startsWith("paraf")) {
            return new String[] {"task_paraf_letter", "Paraf konsep surat"};
        }
        return switch (step) {
            case "verify" -> new String[] {"task_verify_application", "Verifikasi berkas permohonan"};
            case "review" -> new String[] {"task_review_application", "Telaah oleh kepala seksi"};
            case "sign" -> new String[] {"task_sign_letter", "Tanda tangani surat"};
            case "confirm-original" -> new String[] {"task_confirm_original", "Periksa dokumen asli"};
            default -> new String[] {"task_" + step.replace('-', '_'), step};
        };
    }

    /** The demo office's accounts for a step's first group (the camat signs most letters, the sekcam some). */
    private static List<String> officers(List<String> groups) {
        List<String> users = new ArrayList<>();
        switch (groups.get(0)) {
            case "front-office" -> users.addAll(List.of("petugas", "petugas2", "petugas3", "petugas4"));
            case "kasi-pemerintahan" -> users.add("kasipem");
            case "camat" -> users.addAll(List.of("camat", "camat", "camat", "sekcam"));
            default -> users.add(groups.get(0));
        }
        return users;
    }

    /** Wall-clock minutes a step may take: close enough to office time for a history. */
    private static int minutes(WorkingDuration due) {
        return (int) (due.unit() == WorkingDuration.Unit.WORKING_DAYS ? due.amount() * 24 * 60 : due.amount());
    }

    interface Work {
        long run() throws SQLException;
    }

    private static long timed(String what, Work work) throws SQLException {
        long start = System.nanoTime();
        long rows = work.run();
        System.out.printf("  %s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    private static long scalar(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long execute(Statement sql, String template, Map<String, Object> values) throws SQLException {
        String statement = template;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.replace(":" + value.getKey(), String.valueOf(value.getValue()));
        }
        return sql.executeUpdate(statement);
    }

    // u(i, k): a fraction in [0, 1) from the row number, the same on every run
    private static String u(String i, int k) {
        return "((abs(hashint8extended(" + i + ", " + k + ")) % 1000000) / 1000000.0)";
    }

    /** One row per application with everything drawn for it; ids follow the existing ones. */
    private static final String APPS = """
            CREATE TEMP TABLE gen_app AS
            WITH drawn AS (
              SELECT i, :base + i AS id, (i % (SELECT count(*) FROM gen_service))::int AS sidx,
                     i > :n - :open AS open,
                     CASE WHEN i > :n - :open THEN 'ISSUED' WHEN U1 < 0.10 THEN 'REJECTED' WHEN U1 < 0.12 THEN 'CANCELLED' ELSE 'ISSUED' END AS kind,
                     U2 < 0.08 AS returned,
                     CASE WHEN U3 < 0.86 THEN 0.1 + 0.8 * U4 ELSE 1.05 + 1.5 * U4 END AS pace,
                     U5 AS u5, U6 AS u6, U7 AS u7,
                     -- the working day: evenly over the years, a Saturday or Sunday moved to Monday
                     (date_trunc('day', (:end AT TIME ZONE :zone) - make_interval(years => :years))
                        + (i - 1) * ((:years * 365.25 - 4) / :n) * interval '1 day')::date AS day
              FROM generate_series(1, :n) AS i),
            placed AS (
              SELECT d.*, s.code AS service_code, s.steps, s.total_minutes,
                     CASE WHEN open
                          THEN :end - (:n - i + 1) * interval '3 days' / greatest(:open, 1)
                          ELSE ((day + CASE extract(isodow FROM day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)
                                + interval '8 hours' + floor(u5 * 420) * interval '1 minute') AT TIME ZONE :zone
                     END AS submitted_at,
                     CASE WHEN returned AND NOT open THEN 60 + floor(u6 * 3000)::bigint ELSE 0 END AS paused_minutes,
                     -- an open application waits at this step; a rejected or withdrawn one ended at verification
                     CASE WHEN open THEN 1 + floor(u7 * s.steps)::int WHEN kind = 'ISSUED' THEN s.steps ELSE 1 END
                         AS last_step
              FROM drawn d JOIN gen_service s ON s.sidx = d.sidx)
            SELECT p.*, 'SIM-' || extract(year FROM p.submitted_at AT TIME ZONE :zone) || '-' || lpad(id::text, 8, '0')
                       AS registration_number,
                   CASE WHEN open THEN (CASE WHEN last_step = 1 THEN 'SUBMITTED' ELSE 'VERIFIED' END) ELSE kind END
                       AS status,
                   submitted_at + (greatest(240, total_minutes * 1.1) + paused_minutes) * interval '1 minute' AS due_at
            FROM placed p
            """.replace("U1", u("i", 1)).replace("U2", u("i", 2)).replace("U3", u("i", 3))
            .replace("U4", u("i", 4)).replace("U5", u("i", 5)).replace("U6", u("i", 6)).replace("U7", u("i", 7));

    /**
     * Each step of each application: started after the ones before it (and after a correction pause), taking its
     * allowance times the application's pace; the running step of an open application started up to twice its
     * allowance before the end, so that some are late and some at risk.
     */
    private static final String STEP_RUNS = """
            CREATE TEMP TABLE gen_step_run AS
            WITH timed AS (
              SELECT a.id, a.i, a.open, a.kind, a.status, a.last_step, a.registration_number, a.service_code, st.ord,
                     st.step, st.step_name, st.groups, st.due_minutes,
                     CASE WHEN a.open AND st.ord = a.last_step THEN NULL
                          ELSE st.officers[1 + (a.i % array_length(st.officers, 1))] END AS officer,
                     CASE WHEN a.open AND st.ord = a.last_step
                          THEN :end - US * 2 * st.due_minutes * interval '1 minute'
                          ELSE a.submitted_at + (a.pace * st.offset_minutes
                               + CASE WHEN st.ord > 1 THEN a.paused_minutes ELSE 0 END) * interval '1 minute'
                     END AS started_at,
                     a.pace * (0.85 + 0.3 * UP) AS step_pace
              FROM gen_app a
              JOIN gen_step st ON st.sidx = a.sidx AND st.ord <= a.last_step)
            SELECT t.*, t.started_at + t.due_minutes * interval '1 minute' AS due_at,
                   CASE WHEN t.open AND t.ord = t.last_step THEN NULL
                        ELSE t.started_at + greatest(1, t.step_pace * t.due_minutes) * interval '1 minute'
                   END AS completed_at
            FROM timed t
            """.replace("US", u("a.i * 16 + st.ord", 8)).replace("UP", u("a.i * 16 + st.ord", 9));

    /** The records SlaRecording writes: opened, completed on time or late (by whom), or cancelled by a withdrawal. */
    private static final String STEPS = """
            INSERT INTO sla_step (task_id, application_id, registration_number, service_code, process_instance_id,
                step, step_name, candidate_groups, started_at, due_at, assignee, completed_at, completed_by, outcome,
                breached_at)
            SELECT 'sim-' || id || '-' || ord, id, registration_number, service_code, 'sim-' || id, step, step_name,
                   groups, started_at, due_at, officer, completed_at, CASE WHEN kind <> 'CANCELLED' THEN officer END,
                   CASE WHEN completed_at IS NULL THEN NULL WHEN kind = 'CANCELLED' THEN 'CANCELLED'
                        WHEN completed_at <= due_at THEN 'ON_TIME' ELSE 'BREACHED' END,
                   CASE WHEN kind <> 'CANCELLED' AND coalesce(completed_at, :end) > due_at THEN due_at END
            FROM gen_step_run
            """;

    /** The application rows as ApplicationRepository and the lifecycle leave them. */
    private static final String APPLICATIONS = """
            INSERT INTO application (id, registration_number, tracking_code, service_code, status, applicant_nik,
                applicant_name, data_json, details_json, channel, submitted_at, updated_at, due_at, paused_minutes,
                breached_at)
            SELECT a.id, a.registration_number, upper(substr(md5(a.registration_number), 1, 10)), a.service_code,
                   a.status, '99' || lpad(a.id::text, 14, '0'), 'Warga Simulasi ' || a.id,
                   '{"nik":"99' || lpad(a.id::text, 14, '0') || '","name":"Warga Simulasi ' || a.id
                       || '","address":"Jl. Contoh No. 1","rt":"001","rw":"002","village":"Desa Contoh",'
                       || '"purpose":"Data simulasi","email":null,"phone":null}',
                   '{}', CASE WHEN a.i % 3 = 0 THEN 'loket' ELSE 'online' END, a.submitted_at,
                   coalesce(last.completed_at, a.submitted_at), a.due_at, a.paused_minutes,
                   CASE WHEN a.kind <> 'CANCELLED' AND a.status IN ('ISSUED', 'SUBMITTED', 'VERIFIED')
                             AND coalesce(CASE WHEN a.open THEN NULL ELSE last.completed_at END, :end) > a.due_at
                        THEN a.due_at END
            FROM gen_app a JOIN gen_step_run last ON last.id = a.id AND last.ord = a.last_step
            """;

    /** The timeline the citizen reads: received, each staff step's entry, a correction round trip, the end. */
    private static final String EVENTS = """
            INSERT INTO application_event (application_id, status, note, actor, occurred_at)
            SELECT id, 'SUBMITTED', CASE WHEN i % 3 = 0 THEN 'Permohonan didaftarkan di loket.'
                                         ELSE 'Permohonan diterima.' END,
                   CASE WHEN i % 3 = 0 THEN 'petugas' ELSE 'pemohon' END, submitted_at
            FROM gen_app
            UNION ALL
            SELECT id, 'RETURNED', 'Berkas perlu diperbaiki (data simulasi).', 'petugas',
                   submitted_at + interval '30 minutes'
            FROM gen_app WHERE paused_minutes > 0
            UNION ALL
            SELECT id, 'SUBMITTED', 'Perbaikan dikirim oleh pemohon.', 'pemohon',
                   submitted_at + (30 + paused_minutes) * interval '1 minute'
            FROM gen_app WHERE paused_minutes > 0
            UNION ALL
            SELECT id,
                   CASE WHEN kind = 'CANCELLED' THEN 'CANCELLED' WHEN ord = 1 AND kind = 'REJECTED' THEN 'REJECTED'
                        WHEN step = 'task_sign_letter' THEN 'ISSUED' ELSE 'VERIFIED' END,
                   CASE WHEN kind = 'CANCELLED' THEN 'Dibatalkan oleh pemohon.'
                        WHEN ord = 1 AND kind = 'REJECTED' THEN 'Persyaratan tidak lengkap (data simulasi).'
                        WHEN ord = 1 THEN 'Berkas lengkap.'
                        WHEN step = 'task_sign_letter' THEN 'Surat nomor SIM/' || id || ' telah ditandatangani dan dapat diunduh.'
                        WHEN step = 'task_paraf_letter' THEN 'Konsep surat diparaf.'
                        WHEN step = 'task_review_application' THEN 'Ditelaah dan disetujui kepala seksi.'
                        ELSE 'Dokumen asli telah diperiksa petugas.' END,
                   CASE WHEN kind = 'CANCELLED' THEN 'pemohon' ELSE officer END, completed_at
            FROM gen_step_run WHERE completed_at IS NOT NULL
            """;

    /** The signed letter of every finished application (a placeholder instead of the PDF). */
    private static final String LETTERS = """
            INSERT INTO letter (application_id, letter_number, verification_code, pdf, sha256, signer_name, signer_nip,
                signer_title, signed_by_user, issued_at)
            SELECT id, 'SIM/' || id, 'SIM' || id, convert_to('%PDF simulasi', 'UTF8'),
                   md5(registration_number) || md5(registration_number || '/'),
                   CASE WHEN officer = 'sekcam' THEN 'Sekretaris Simulasi' ELSE 'Camat Simulasi' END,
                   '000000000000000000',
                   CASE WHEN officer = 'sekcam' THEN 'a.n. Camat, Sekretaris Kecamatan' ELSE 'Camat' END,
                   officer, completed_at
            FROM gen_step_run WHERE kind = 'ISSUED' AND NOT open AND ord = last_step
            """;
}
