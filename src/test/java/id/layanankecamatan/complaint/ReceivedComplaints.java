package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for the intake (not on this branch): inserts a complaint row as the intake does (contract) and starts
 * the process in the same transaction, and does the complainant's two actions (an addition, "belum selesai") as the
 * intake will: a public timeline entry with their text, then the message. Built by each test from the context's
 * beans (a bean of its own would give the tests a Spring context of their own). Personal data is sample data here, so
 * that tests can prove none of it reaches the engine.
 */
class ReceivedComplaints {

    static final String TEXT = "Lampu jalan di depan kantor desa Sigulang mati sejak dua minggu, sudah dilaporkan ke RT.";
    static final String NAME = "Siti Rahmawati Harahap";
    static final String PHONE = "081234567890";
    static final String EMAIL = "siti.pengadu@example.com";

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final WorkingCalendar calendar;
    private final OfficeClock clock;
    private final ComplaintTimeline timeline;

    ReceivedComplaints(JdbcClient jdbc, RuntimeService runtime, TransactionTemplate transaction,
                       WorkingCalendar calendar, OfficeClock clock, ComplaintTimeline timeline) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
        this.timeline = timeline;
    }

    /** Built from the test's context. */
    static ReceivedComplaints from(org.springframework.context.ApplicationContext context) {
        return new ReceivedComplaints(context.getBean(JdbcClient.class), context.getBean(RuntimeService.class),
                context.getBean(TransactionTemplate.class), context.getBean(WorkingCalendar.class),
                context.getBean(OfficeClock.class), context.getBean(ComplaintTimeline.class));
    }

    /** A complaint received now (the engine clock), with the complainant's e-mail address or without. */
    String receive(boolean withEmail) {
        String number = "TST-ADU-%d-%05d".formatted(System.nanoTime() % 100000, NUMBERS.incrementAndGet());
        OffsetDateTime now = clock.now();
        transaction.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                    INSERT INTO complaint (complaint_number, tracking_code, complaint_type, channel, text,
                        complainant_name, complainant_phone, complainant_email, confidential, status, received_at,
                        verification_due, acknowledgement_due, updated_at)
                    VALUES (?, 'KODE1234', 'PENGADUAN', 'PORTAL', ?, ?, ?, ?, TRUE, 'DITERIMA', ?, ?, ?, ?)
                    RETURNING id""")
                    .params(number, TEXT, NAME, PHONE, withEmail ? EMAIL : null, now,
                            calendar.addWorkingDays(now, ComplaintRules.VERIFICATION_WORKING_DAYS),
                            now.plusDays(ComplaintRules.ACKNOWLEDGEMENT_DAYS), now)
                    .query(Long.class).single();
            timeline.add(id, ComplaintStatus.DITERIMA, "Pengaduan diterima.", true, null, now);
            runtime.startProcessInstanceByKey(ComplaintIds.PROCESS, number,
                    Map.of(ComplaintIds.VAR_COMPLAINT_TYPE, ComplaintType.PENGADUAN.name()));
        });
        return number;
    }

    /** The complainant completes the complaint (contract: their text as a public event, then the message). */
    void complete(String number, String addition) {
        complainantSays(number, ComplaintStatus.PERLU_DILENGKAPI, addition, ComplaintIds.MESSAGE_COMPLETED);
    }

    /** The complainant answers "belum selesai" with a reason. */
    void notResolved(String number, String reason) {
        complainantSays(number, ComplaintStatus.SELESAI, reason, ComplaintIds.MESSAGE_NOT_RESOLVED);
    }

    private void complainantSays(String number, ComplaintStatus status, String text, String message) {
        transaction.executeWithoutResult(tx -> {
            long id = jdbc.sql("SELECT id FROM complaint WHERE complaint_number = ? FOR UPDATE").param(number)
                    .query(Long.class).single();
            timeline.add(id, status, text, true, "pengadu", clock.now());
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(number).correlate();
        });
    }

    Map<String, Object> row(String number) {
        return jdbc.sql("SELECT * FROM complaint WHERE complaint_number = ?").param(number).query().singleRow();
    }
}
