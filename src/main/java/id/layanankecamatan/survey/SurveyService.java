package id.layanankecamatan.survey;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationStateException;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.calendar.OfficeClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one survey response per finished application (letter issued, or rejected: the dissatisfied count too),
 * storing the answers apart from the fact that this application answered (PermenPAN-RB 14/2017: no personal data).
 */
@Service
public class SurveyService {

    static final String NOT_FINISHED = "Survei dibuka setelah permohonan selesai (surat terbit atau permohonan ditolak).";
    static final String ALREADY_ANSWERED = "Survei untuk permohonan ini sudah diisi. Terima kasih atas penilaian Anda.";

    private final SurveyRepository surveys;
    private final TransactionTemplate transaction;
    private final OfficeClock clock;

    public SurveyService(SurveyRepository surveys, TransactionTemplate transaction, OfficeClock clock) {
        this.surveys = surveys;
        this.transaction = transaction;
        this.clock = clock;
    }

    public static boolean isOpenFor(ApplicationStatus status) {
        return status == ApplicationStatus.ISSUED || status == ApplicationStatus.REJECTED;
    }

    /** Whether the citizen may still answer for this application (finished and not yet answered). */
    public boolean awaitsResponse(Application application) {
        return isOpenFor(application.status()) && !surveys.hasAnswered(application.registrationNumber());
    }

    /** Refuses (409) an application that is not finished or has answered already; else nothing. */
    public void checkOpen(Application application) {
        if (!isOpenFor(application.status())) {
            throw new ApplicationStateException(NOT_FINISHED);
        }
        if (surveys.hasAnswered(application.registrationNumber())) {
            throw new ApplicationStateException(ALREADY_ANSWERED);
        }
    }

    /**
     * Two transactions, not one: rows written by one PostgreSQL transaction share its id (xmin), which would join
     * the "has answered" row to the answers. The mark comes first and settles two simultaneous responses (the
     * registration number is unique); should the answers then fail to be stored, the mark is taken back so the
     * citizen can answer again and nothing half-written stays.
     */
    public void submit(Application application, SurveySubmission submission) {
        checkOpen(application);
        try {
            transaction.executeWithoutResult(status -> surveys.markAnswered(application.registrationNumber()));
        } catch (DuplicateKeyException e) {
            throw new ApplicationStateException(ALREADY_ANSWERED);
        }
        try {
            transaction.executeWithoutResult(status -> surveys.insertResponse(application.serviceCode(),
                    clock.now().toLocalDate(), submission.answers(), submission.profile()));
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> surveys.unmarkAnswered(application.registrationNumber()));
            throw e;
        }
    }
}
