package id.layanankecamatan.sla;

import id.layanankecamatan.api.ConflictProblem;
import id.layanankecamatan.api.ForbiddenProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.api.NotFoundProblem;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ServicePromise;
import id.layanankecamatan.application.StaffReason;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingDuration;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.web.IndonesianDates;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer moves the completion time promised to the citizen once, with a reason, by the amount the
 * catalogue allows for the service. The timeline says so, and the overall deadline watch follows the new time.
 */
@Service
public class CompletionExtension {

    /** The title of every refusal: the officer's page and the API show the detail under it. */
    static final String REFUSED = "Perpanjangan waktu tidak dapat diberikan";

    private final ApplicationRepository applications;
    private final ApplicationDeadlines deadlines;
    private final ServicePromise promise;
    private final IndonesianDates dates;
    private final TaskService tasks;
    private final IdentityService identity;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;

    public CompletionExtension(ApplicationRepository applications, ApplicationDeadlines deadlines,
                               ServicePromise promise, IndonesianDates dates,
                               TaskService tasks, IdentityService identity, OfficeClock clock,
                               ApplicationLifecycle lifecycle) {
        this.applications = applications;
        this.deadlines = deadlines;
        this.promise = promise;
        this.dates = dates;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    /** What the catalogue allows for this application, if anything. */
    public Optional<WorkingDuration> allowed(Application application) {
        return promise.allowedExtension(application);
    }

    /**
     * @throws id.layanankecamatan.api.ApiProblem when refused: unknown application (404), no reason (400), not the
     *         holder of its open step nor the camat (403), not allowed by the standard, finished or extended
     *         already (409)
     */
    @Transactional
    public OffsetDateTime extend(String registrationNumber, String reason, String officer) {
        // locked: a withdrawal or the last step finishing at the same moment is seen, not overtaken
        Application application = applications.lockByRegistrationNumber(registrationNumber)
                .orElseThrow(() -> new NotFoundProblem(REFUSED, "Permohonan tidak ditemukan."));
        WorkingDuration extension = allowed(application).orElseThrow(() -> new ConflictProblem(REFUSED,
                "Standar layanan ini tidak mengizinkan perpanjangan waktu."));
        if (application.status().isFinal()) {
            throw new ConflictProblem(REFUSED, "Permohonan sudah selesai; waktunya tidak dapat diperpanjang.");
        }
        if (!mayExtend(registrationNumber, officer)) {
            throw new ForbiddenProblem(REFUSED, "Hanya pemegang langkah yang sedang berjalan pada permohonan ini "
                    + "atau camat yang boleh memperpanjang waktunya.");
        }
        String why = StaffReason.of(reason).orElseThrow(() -> new InvalidInputProblem(REFUSED,
                "Tuliskan alasan perpanjangan (10 sampai 1000 karakter)."));
        OffsetDateTime now = clock.now();
        OffsetDateTime newDue = promise.extended(application, extension);
        if (!deadlines.extend(registrationNumber, newDue, officer, why, now)) {
            throw new ConflictProblem(REFUSED, "Waktu penyelesaian permohonan ini sudah pernah diperpanjang.");
        }
        lifecycle.note(application, "Waktu penyelesaian diperpanjang sampai "
                + dates.zoned(newDue) + ". Alasan: " + why, officer, now);
        return newDue;
    }

    /**
     * The promise is the office's word to the citizen: only whoever holds the application's open step (its
     * assignee, or a candidate while nobody claimed it) or the camat may move it.
     */
    private boolean mayExtend(String registrationNumber, String officer) {
        if (officer == null) {
            return false;
        }
        if (identity.createGroupQuery().groupMember(officer).groupId(StaffGroups.CAMAT).count() > 0) {
            return true;
        }
        if (tasks.createTaskQuery().processInstanceBusinessKey(registrationNumber).active().taskAssignee(officer)
                .count() > 0) {
            return true;
        }
        // candidate as a user or through one of their groups, on a step nobody claimed yet
        return tasks.createTaskQuery().processInstanceBusinessKey(registrationNumber).active().taskUnassigned()
                .taskCandidateUser(officer).count() > 0;
    }
}
