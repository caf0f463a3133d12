package id.layanankecamatan.complaint;

import id.layanankecamatan.application.Counters;
import id.layanankecamatan.application.FileType;
import id.layanankecamatan.application.Hashes;
import id.layanankecamatan.application.IdempotencyKeys;
import id.layanankecamatan.application.TrackingCodes;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives complaints on every channel (UU 25/2009 Pasal 36-37, Perpres 76/2013) and takes the complainant's own
 * actions. Each is checked first and then written, with its timeline entry, attachments, receipt mail and the process
 * step, in one transaction: a refused or failed request leaves nothing behind. The process is told nothing personal:
 * its only variable is the complaint's type (contract of issue 15).
 */
@Service
public class ComplaintIntake {

    public static final String PROCESS_KEY = "complaint";
    public static final String VAR_COMPLAINT_TYPE = "complaintType";
    public static final String MESSAGE_COMPLETED = "ComplaintCompleted";
    public static final String MESSAGE_NOT_RESOLVED = "ComplaintNotResolved";
    /** The actor of the complainant's own timeline entries (the public timeline shows no actor). */
    public static final String COMPLAINANT = "pelapor";

    static final String NOT_AWAITING_COMPLETION = "Pengaduan ini tidak sedang menunggu kelengkapan dari Anda.";
    static final String NOT_RESOLVED_CLOSED = "Tanggapan \"belum selesai\" hanya dapat dikirim sekali, setelah jawaban "
            + "tertulis dan paling lambat " + ComplaintRules.REOPEN_DAYS + " hari sesudahnya.";
    static final String BUSY = "Pengaduan ini sedang diproses petugas. Coba lagi beberapa saat lagi.";
    /** The API's own key space for complaints, apart from the keys of applications. */
    public static final String API_KEY_SCOPE = "api-pengaduan:";
    /** Marks a complaint whose transaction has not yet taken its number; never committed. */
    private static final String UNNUMBERED = "TMP-";

    private final ComplaintChecks checks;
    private final ComplaintRepository complaints;
    private final ComplaintTimeline timeline;
    private final ComplaintReceiptMail mail;
    private final Counters counters;
    private final TrackingCodes trackingCodes;
    private final IdempotencyKeys idempotencyKeys;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final OfficeClock clock;
    private final WorkingCalendar calendar;
    private final String officeCode;

    public ComplaintIntake(ComplaintChecks checks, ComplaintRepository complaints, ComplaintTimeline timeline,
                           ComplaintReceiptMail mail, Counters counters, TrackingCodes trackingCodes,
                           IdempotencyKeys idempotencyKeys, RuntimeService runtime,
                           TransactionTemplate transaction, OfficeClock clock, WorkingCalendar calendar,
                           @Value("${layanan.office.code}") String officeCode) {
        this.checks = checks;
        this.complaints = complaints;
        this.timeline = timeline;
        this.mail = mail;
        this.counters = counters;
        this.trackingCodes = trackingCodes;
        this.idempotencyKeys = idempotencyKeys;
        this.runtime = runtime;
        this.transaction = transaction;
        this.clock = clock;
        this.calendar = calendar;
        this.officeCode = officeCode;
    }

    /** Checks and stores a complaint; throws InvalidComplaintException (nothing stored) when a rule is broken. */
    public ComplaintReceipt submit(ComplaintSubmission submission) {
        return submit(submission, null);
    }

    /**
     * The same with an idempotency key, already scoped by the caller ({@link #API_KEY_SCOPE} + key): the same
     * complaint sent again under it within 24 hours answers with the complaint it made; another complaint under it
     * is refused (IdempotencyConflictException) without a word about the first. The key is looked up only after the
     * complaint passed every check.
     */
    public ComplaintReceipt submit(ComplaintSubmission submission, String scopedKey) {
        ComplaintChecks.Checked checked = checks.check(submission);
        counters.prepare(counterName(clock.now()));
        if (scopedKey == null) {
            return transaction.execute(status -> store(checked, null));
        }
        IdempotencyKeys.Claim claim = IdempotencyKeys.Claim.of(scopedKey, ComplaintFingerprint.of(checked));
        Optional<ComplaintReceipt> earlier = earlier(claim);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> store(checked, claim));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            // the twin request stored the complaint a moment earlier: answer with it
            return earlier(claim).orElseThrow(() -> sameKeyAtTheSameMoment);
        }
    }

    private Optional<ComplaintReceipt> earlier(IdempotencyKeys.Claim claim) {
        return idempotencyKeys.earlierComplaint(claim, clock.now()).flatMap(complaints::findById)
                .map(ComplaintIntake::receiptOf);
    }

    private static ComplaintReceipt receiptOf(Complaint complaint) {
        return new ComplaintReceipt(complaint.number(), complaint.trackingCode(), complaint.status(),
                complaint.type().label());
    }

    private ComplaintReceipt store(ComplaintChecks.Checked checked, IdempotencyKeys.Claim claim) {
        ComplaintSubmission s = checked.submission();
        OffsetDateTime now = clock.now();
        // verification within 3 working days (PermenPAN-RB 62/2018); a written answer within 14 days (UU 25/2009)
        OffsetDateTime verificationDue = calendar.addWorkingDays(now, ComplaintRules.VERIFICATION_WORKING_DAYS);
        OffsetDateTime acknowledgementDue = now.plusDays(ComplaintRules.ACKNOWLEDGEMENT_DAYS);
        // the number comes last, as for applications: the yearly counter's row stays locked only from there to the
        // commit, not through the storing of the attachments; numbers stay gap-free (taken in this transaction)
        long id = complaints.insert(new ComplaintRepository.NewComplaint(
                UNNUMBERED + UUID.randomUUID().toString().replace("-", "").substring(0, 24), trackingCodes.generate(),
                checked.type(), checked.channel(), s.registrationNumber(), checked.serviceCode(), s.text(), s.name(),
                s.phone(), s.email(), s.confidential(), s.laporReference(), s.enteredBy(), now, verificationDue,
                acknowledgementDue));
        if (claim != null) {
            idempotencyKeys.recordComplaint(claim, id, now);
        }
        for (UploadedFile file : checked.files()) {
            FileType type = FileType.detect(file.content()).orElseThrow(() -> new IllegalStateException(
                    "Lampiran pengaduan lolos pemeriksaan tetapi jenisnya tidak dikenali"));
            complaints.addAttachment(id, safeFileName(file, type), type, file.content(), Hashes.sha256(file.content()),
                    now);
        }
        timeline.add(id, ComplaintStatus.DITERIMA, "Diterima melalui " + checked.channel().label() + ".", true,
                s.enteredBy() == null ? COMPLAINANT : s.enteredBy(), now);
        String number = nextNumber(now);
        complaints.setNumber(id, number);
        Complaint complaint = complaints.findByNumber(number).orElseThrow();
        mail.sendReceipt(complaint);
        runtime.startProcessInstanceByKey(PROCESS_KEY, number, Map.of(VAR_COMPLAINT_TYPE, checked.type().name()));
        return receiptOf(complaint);
    }

    /** e.g. BTN-ADU-2026-00012: office, "ADU" (aduan), year, a yearly sequence. */
    private String nextNumber(OffsetDateTime now) {
        long sequence = counters.next(counterName(now));
        return "%s-ADU-%d-%05d".formatted(officeCode, year(now), sequence);
    }

    private String counterName(OffsetDateTime now) {
        return "complaint-" + year(now);
    }

    private int year(OffsetDateTime now) {
        return Year.from(now.atZoneSameInstant(clock.zone())).getValue();
    }

    private static String safeFileName(UploadedFile file, FileType type) {
        String name = file.originalName() == null ? "" : file.originalName().replaceAll("[^\\w.\\- ]", "_");
        if (name.isBlank()) {
            name = "lampiran." + type.extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The complaint, only for the holder of its tracking code; anything else looks like "not found". */
    public Optional<Complaint> findForComplainant(String number, String trackingCode) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return complaints.findByNumber(number.strip().toUpperCase())
                .filter(c -> TrackingCodes.matches(c.trackingCode(), trackingCode));
    }

    /**
     * The complainant completes the complaint as the office asked: their text is a public timeline entry, then the
     * waiting process goes on (message ComplaintCompleted), in one transaction.
     */
    public Complaint complete(Complaint complaint, String text) {
        String given = checkedText(text);
        return complainantAction(complaint, c -> {
            if (c.status() != ComplaintStatus.PERLU_DILENGKAPI) {
                throw new ComplaintStateException(NOT_AWAITING_COMPLETION);
            }
            timeline.add(c.id(), ComplaintStatus.PERLU_DILENGKAPI, given, true, COMPLAINANT, clock.now());
            return MESSAGE_COMPLETED;
        });
    }

    /**
     * The complainant answers "belum selesai" to the reply, once and within the window: the reason is a public
     * timeline entry; the process reopens the complaint (message ComplaintNotResolved) and records it.
     */
    public Complaint notResolved(Complaint complaint, String text) {
        String given = checkedText(text);
        return complainantAction(complaint, c -> {
            if (!c.mayAnswerNotResolved(clock.now())) {
                throw new ComplaintStateException(NOT_RESOLVED_CLOSED);
            }
            timeline.add(c.id(), ComplaintStatus.SELESAI, given, true, COMPLAINANT, clock.now());
            return MESSAGE_NOT_RESOLVED;
        });
    }

    private static String checkedText(String text) {
        String given = ComplaintSubmission.clean(text);
        ComplaintChecks.text(given).ifPresent(problem -> {
            throw new InvalidComplaintException("text", problem);
        });
        return given;
    }

    /** {@code action}: checks the locked complaint, writes the entry and names the message to correlate. */
    private Complaint complainantAction(Complaint complaint, java.util.function.Function<Complaint, String> action) {
        return transaction.execute(status -> {
            Complaint current = complaints.lockByNumber(complaint.number())
                    .orElseThrow(ComplaintNotFoundException::new);
            String message = action.apply(current);
            try {
                runtime.createMessageCorrelation(message).processInstanceBusinessKey(current.number()).correlate();
            } catch (MismatchingMessageCorrelationException notWaitingYet) {
                // the status says the process waits, but it has not reached the wait (its step is still running)
                throw new ComplaintStateException(BUSY);
            }
            return complaints.findByNumber(current.number()).orElseThrow();
        });
    }
}
