package id.layanankecamatan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.complaint.ComplaintFigures;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The SLA figures over 20,000 generated applications (five years, nine services), in a database of their own so
 * that no other test sees them: the month totals the database counts equal a plain count over every record, and
 * no query of the SLA views scans the history (the guard that keeps them flat in history size; the timings at
 * 1,000,000 are SlaHistoryBenchmark's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaHistoryFiguresTest extends IntegrationTest {

    private static final String DATABASE = "sla_history";
    private static final OffsetDateTime END = OffsetDateTime.parse("2031-06-20T10:00:00+07:00");

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    OfficeClock clock;

    private JdbcClient history;
    private SlaFigures figures;
    private MonthlyReports reports;

    @BeforeAll
    void seedAYearsLongHistory() throws Exception {
        try (var admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            admin.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        DataSource dataSource = new DriverManagerDataSource(postgres.getJdbcUrl("postgres", DATABASE));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .table("layanan_schema_history").load().migrate();
        new HistoryGenerator(dataSource, catalog, clock.zone()).seed(HistoryGenerator.Plan.of(20_000, END));
        history = JdbcClient.create(dataSource);
        figures = new SlaFigures(new SlaSteps(history), new ApplicationDeadlines(history), catalog, calendar, clock);
        reports = new MonthlyReports(figures, calendar, clock, new ComplaintFigures(history, calendar));
    }

    @AfterAll
    void dropHistory() throws Exception {
        ClockUtil.reset();
        try (var admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void monthlyReportsCountExactlyWhatARecordByRecordCountGives() {
        for (YearMonth month : List.of(YearMonth.of(2026, 7), YearMonth.of(2029, 2), YearMonth.from(END).minusMonths(1))) {
            MonthlyReport report = reports.report(month);
            assertThat(report.perStep()).as("per step, %s", month).isEqualTo(expectedSteps(month, "step"))
                    .isNotEmpty();
            assertThat(report.perOfficer()).as("per officer, %s", month).isEqualTo(expectedSteps(month, "completed_by"))
                    .hasSizeGreaterThan(3);
            assertThat(report.perService()).as("per service, %s", month).isEqualTo(expectedServices(month))
                    .hasSize(9);
            assertThat(report.completionTimes()).as("completion times, %s", month)
                    .isEqualTo(expectedCompletionTimes(month));
            // a realistic mix: most steps in time, some late
            int done = report.perStep().stream().mapToInt(SlaDashboard.Rate::completed).sum();
            int onTime = report.perStep().stream().mapToInt(SlaDashboard.Rate::onTime).sum();
            assertThat(onTime).isBetween(done * 6 / 10, done * 97 / 100);
        }
    }

    @Test
    void theDashboardShowsTheOpenWorkAndThisMonthsLetters() {
        ClockUtil.setCurrentTime(Date.from(END.toInstant()));
        try {
            SlaDashboard dashboard = figures.dashboard();
            assertThat(dashboard.onTimeThisMonth()).isEqualTo(expectedServices(YearMonth.from(END))).isNotEmpty();
            List<String> late = history.sql("""
                    SELECT registration_number FROM sla_step WHERE completed_at IS NULL AND due_at < ?
                    ORDER BY due_at""").param(END).query(String.class).list();
            assertThat(late).isNotEmpty();
            assertThat(dashboard.breached()).extracting(SlaDashboard.OpenItem::registrationNumber)
                    .containsExactlyElementsOf(late);
            assertThat(dashboard.atRisk()).isNotEmpty();
        } finally {
            ClockUtil.reset();
        }
    }

    /** Every query of the dashboard, the SLA API and the monthly report: an index, never a scan of the history. */
    @Test
    void noSlaQueryScansTheHistory() {
        YearMonth month = YearMonth.from(END).minusMonths(1);
        OffsetDateTime from = month.atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        String number = history.sql("SELECT max(registration_number) FROM application").query(String.class).single();
        Long[] issued = history.sql(ApplicationDeadlines.LETTERS_ISSUED).params(from, to)
                .query((rs, n) -> rs.getLong("application_id")).list().toArray(Long[]::new);
        Map<String, List<Object>> queries = new LinkedHashMap<>();
        queries.put(SlaSteps.OPEN, List.of());
        queries.put(SlaSteps.TOTALS, List.of(from, to));
        queries.put(SlaSteps.OF_APPLICATION, List.of(number));
        queries.put(ApplicationDeadlines.RECORD, List.of(number));
        queries.put(ApplicationDeadlines.LETTERS_ISSUED, List.of(from, to));
        queries.put(ApplicationDeadlines.ISSUED_APPLICATIONS, List.of(ApplicationDeadlines.bigints(issued)));
        queries.forEach((sql, params) -> {
            String plan = String.join("\n", history.sql("EXPLAIN " + sql)
                    .params(params)
                    .query(String.class).list());
            assertThat(plan).as(sql).doesNotContainPattern("Seq Scan on (application|application_event|sla_step|letter)\\b")
                    .contains("Index");
        });
    }

    // --- the plain count: every record of the month read and counted one by one ---

    private List<SlaDashboard.Rate> expectedSteps(YearMonth month, String key) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        history.sql("""
                SELECT step, step_name, completed_by, outcome FROM sla_step
                WHERE completed_at >= ? AND completed_at < ? AND outcome <> 'CANCELLED' ORDER BY completed_at""")
                .params(start(month), start(month.plusMonths(1))).query(rs -> {
                    names.putIfAbsent(rs.getString("step"), rs.getString("step_name"));
                    String value = rs.getString(key);
                    if (value != null) {
                        int[] c = counts.computeIfAbsent(value, k -> new int[2]);
                        c[0]++;
                        c[1] += "ON_TIME".equals(rs.getString("outcome")) ? 1 : 0;
                    }
                });
        List<SlaDashboard.Rate> rates = new ArrayList<>();
        counts.forEach((k, c) -> rates.add(new SlaDashboard.Rate(k, !key.equals("step") ? k : names.get(k) == null ? k : names.get(k), c[0], c[1],
                Math.round(100f * c[1] / c[0]))));
        return rates;
    }

    private List<SlaDashboard.Rate> expectedServices(YearMonth month) {
        Map<String, int[]> counts = new TreeMap<>();
        finished(month).forEach(f -> {
            int[] c = counts.computeIfAbsent(f.serviceCode(), k -> new int[2]);
            c[0]++;
            c[1] += f.onTime() ? 1 : 0;
        });
        List<SlaDashboard.Rate> rates = new ArrayList<>();
        counts.forEach((k, c) -> rates.add(new SlaDashboard.Rate(k, catalog.get(k).name(), c[0], c[1],
                Math.round(100f * c[1] / c[0]))));
        return rates;
    }

    private List<MonthlyReport.CompletionTime> expectedCompletionTimes(YearMonth month) {
        Map<String, List<Long>> minutes = new TreeMap<>();
        finished(month).forEach(f -> minutes.computeIfAbsent(f.serviceCode(), k -> new ArrayList<>()).add(Math.max(0,
                calendar.officeTimeBetween(f.submittedAt(), f.issuedAt()).toMinutes() - f.pausedMinutes())));
        List<MonthlyReport.CompletionTime> times = new ArrayList<>();
        minutes.forEach((service, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            times.add(new MonthlyReport.CompletionTime(service, catalog.get(service).name(), sorted.size(),
                    sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1),
                    sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1)));
        });
        return times;
    }

    private List<ApplicationDeadlines.Finished> finished(YearMonth month) {
        return history.sql("""
                SELECT a.service_code, a.submitted_at, a.due_at, a.paused_minutes, l.issued_at FROM letter l
                JOIN application a ON a.id = l.application_id WHERE l.issued_at >= ? AND l.issued_at < ?""")
                .params(start(month), start(month.plusMonths(1)))
                .query((rs, n) -> new ApplicationDeadlines.Finished(rs.getString("service_code"),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                        rs.getLong("paused_minutes"), rs.getObject("issued_at", OffsetDateTime.class)))
                .list();
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
    }
}
