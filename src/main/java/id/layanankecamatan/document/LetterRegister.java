package id.layanankecamatan.document;

import id.layanankecamatan.calendar.OfficeClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The letter register (agenda surat keluar): which register number went to which application, and what became of
 * it. A number is taken in a short transaction of its own ({@link RegisterConnections}), so the counter row stays
 * locked for milliseconds, not while the letter is rendered and signed. The signing transaction then marks it
 * issued together with the letter; if that transaction does not commit, the number is voided with the reason. No
 * number is lost silently and none is given twice: a number a crash left reserved goes to the same application's
 * next attempt (the signing is repeated, the number is not).
 */
@Repository
public class LetterRegister {

    private static final Logger LOG = LoggerFactory.getLogger(LetterRegister.class);
    private static final int REASON_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final RegisterConnections own;
    private final LetterNumbering numbering;
    private final OfficeClock clock;
    private final ObjectProvider<LockHold> lockHold;

    public LetterRegister(JdbcClient jdbc, RegisterConnections own, LetterNumbering numbering, OfficeClock clock,
                          ObjectProvider<LockHold> lockHold) {
        this.jdbc = jdbc;
        this.own = own;
        this.numbering = numbering;
        this.clock = clock;
        this.lockHold = lockHold;
    }

    /** Told how long each number's counter row was locked (from its increment to the commit), for measurements. */
    public interface LockHold {
        void held(long nanos);
    }

    /** What became of a register number. */
    public enum Status {
        RESERVED("Dicadangkan"), ISSUED("Terbit"), VOIDED("Batal");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A line of the register; {@code voidReason} and {@code voidedAt} only for a voided number. */
    public record Entry(String number, String registrationNumber, Status status, OffsetDateTime reservedAt,
                        String voidReason, OffsetDateTime voidedAt) {
    }

    /**
     * The number for the application's letter, issued at {@code at}: one a failed attempt left reserved for it (a
     * crash), else the next of the sequence. Voided if the caller's transaction does not commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Reservation reserve(long applicationId, String classification, OffsetDateTime at) {
        String counter = numbering.counter(classification, at);
        String number = leftReserved(applicationId, classification, counter, at)
                .orElseGet(() -> take(applicationId, classification, counter, at));
        Reservation reservation = new Reservation(number);
        TransactionSynchronizationManager.registerSynchronization(reservation);
        return reservation;
    }

    /** In the signing transaction: the number is the letter's. Refused if the number was voided meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issued(Reservation reservation) {
        int updated = jdbc.sql("UPDATE letter_register SET status = 'ISSUED' WHERE letter_number = ? "
                + "AND status = 'RESERVED'").param(reservation.number).update();
        if (updated != 1) {
            throw new IllegalStateException("Register number " + reservation.number + " is no longer reserved");
        }
    }

    /** Newest first, voided numbers with their reason. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                SELECT r.letter_number, a.registration_number, r.status, r.reserved_at, r.void_reason, r.voided_at
                FROM letter_register r JOIN application a ON a.id = r.application_id
                ORDER BY r.reserved_at DESC, r.sequence_value DESC FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .query((rs, n) -> new Entry(rs.getString("letter_number"), rs.getString("registration_number"),
                        Status.valueOf(rs.getString("status")), rs.getObject("reserved_at", OffsetDateTime.class),
                        rs.getString("void_reason"), rs.getObject("voided_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * A number a crashed attempt for this application left reserved, if it is still this month's form of its
     * sequence number; one of another month or year is voided instead, as the letter would be dated later.
     */
    private Optional<String> leftReserved(long applicationId, String classification, String counter,
                                          OffsetDateTime at) {
        List<Reserved> left = jdbc.sql("SELECT letter_number, counter_name, sequence_value FROM letter_register "
                        + "WHERE application_id = ? AND status = 'RESERVED' ORDER BY sequence_value")
                .param(applicationId)
                .query((rs, n) -> new Reserved(rs.getString("letter_number"), rs.getString("counter_name"),
                        rs.getLong("sequence_value")))
                .list();
        Optional<String> reused = Optional.empty();
        for (Reserved reserved : left) {
            boolean current = reserved.counter().equals(counter)
                    && numbering.format(classification, reserved.sequence(), at).equals(reserved.number());
            if (current && reused.isEmpty()) {
                reused = Optional.of(reserved.number());
                LOG.info("Register number {} left reserved by an earlier attempt is used again", reserved.number());
            } else {
                voidNumber(reserved.number(), "Nomor dicadangkan oleh percobaan penerbitan yang terhenti dan tidak "
                        + "dipakai lagi (surat ditandatangani pada bulan atau tahun lain).", "left by a stopped attempt");
            }
        }
        return reused;
    }

    private record Reserved(String number, String counter, long sequence) {
    }

    /** The next number of the sequence, registered as reserved: the counter row is locked only for this. */
    private String take(long applicationId, String classification, String counter, OffsetDateTime at) {
        try {
            return takeOnce(applicationId, classification, counter, at);
        } catch (DuplicateKeyException firstOfTheYearCreatedByAnotherSigner) {
            return takeOnce(applicationId, classification, counter, at);
        }
    }

    private String takeOnce(long applicationId, String classification, String counter, OffsetDateTime at) {
        long[] locked = new long[1];
        String number = own.inOwnQuickTransaction(db -> {
            if (db.sql("UPDATE counter SET last_value = last_value + 1 WHERE name = ?").param(counter).update() == 0) {
                db.sql("INSERT INTO counter (name, last_value) VALUES (?, 1)").param(counter).update();
            }
            locked[0] = System.nanoTime();
            long sequence = db.sql("SELECT last_value FROM counter WHERE name = ?").param(counter)
                    .query(Long.class).single();
            String taken = numbering.format(classification, sequence, at);
            db.sql("""
                    INSERT INTO letter_register (letter_number, counter_name, sequence_value, application_id, status,
                                                 reserved_at)
                    VALUES (?, ?, ?, ?, 'RESERVED', ?)""")
                    .params(taken, counter, sequence, applicationId, clock.now()).update();
            return taken;
        });
        long held = System.nanoTime() - locked[0];
        lockHold.ifAvailable(listener -> listener.held(held));
        return number;
    }

    /** {@code kind}: for the log, which never takes an exception's message (it may quote what a letter says). */
    private void voidNumber(String number, String reason, String kind) {
        int voided = own.inOwnTransaction(db -> db.sql("UPDATE letter_register SET status = 'VOIDED', "
                        + "void_reason = ?, voided_at = ? WHERE letter_number = ? AND status = 'RESERVED'")
                .params(reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason, clock.now(),
                        number)
                .update());
        if (voided == 1) {
            LOG.warn("Register number {} voided ({}); the reason is in the register", number, kind);
        }
    }

    /**
     * A number taken for one signing transaction. If that transaction does not commit, the number is voided after
     * it has ended (its row lock released), with the reason the issuing gave ({@link #failed}).
     */
    public final class Reservation implements TransactionSynchronization {

        private final String number;
        private String failure;
        private String failureKind;

        private Reservation(String number) {
            this.number = number;
        }

        public String number() {
            return number;
        }

        /** Why the letter was not issued, for the register. */
        public void failed(Exception cause) {
            failureKind = cause.getClass().getSimpleName();
            failure = "Penerbitan surat gagal setelah nomor diambil: " + failureKind
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                return;
            }
            try {
                voidNumber(number, failure != null ? failure
                        : "Transaksi penandatanganan dibatalkan setelah nomor diambil; surat tidak terbit.",
                        failureKind != null ? failureKind : "rolled back");
            } catch (RuntimeException e) {
                // the number stays reserved: the application's next attempt takes it (leftReserved)
                LOG.error("Register number {} could not be voided; it stays reserved for its application", number, e);
            }
        }
    }
}
