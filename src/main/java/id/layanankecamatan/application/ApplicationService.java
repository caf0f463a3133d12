package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.observability.ServiceTimers;
import id.layanankecamatan.workflow.ProcessIds;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions and corrections from citizens. Each one is validated first and then written, together with
 * its files and the process step, in a single transaction: a rejected request leaves nothing behind.
 */
@Service
public class ApplicationService {

    private final ServiceCatalog catalog;
    private final ApplicantDataValidator applicantValidator;
    private final ServiceDataCheck serviceData;
    private final ScanPreparation scans;
    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final Counters counters;
    private final TrackingCodes trackingCodes;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final String officeCode;
    private final ObjectMapper json;
    private final ServicePromise promise;
    private final ApplicationLifecycle lifecycle;
    private final IdempotencyKeys idempotencyKeys;
    private final RequestFingerprint fingerprint;
    private final OfficeClock officeClock;
    private final ServiceTimers timers;

    public ApplicationService(ServiceCatalog catalog, ApplicantDataValidator applicantValidator,
                              ServiceDataCheck serviceData, ScanPreparation scans, ApplicationRepository applications,
                              AttachmentRepository attachments, Counters counters, TrackingCodes trackingCodes,
                              RuntimeService runtime, TransactionTemplate transaction,
                              @Value("${layanan.office.code}") String officeCode, ObjectMapper json,
                              ServicePromise promise, ApplicationLifecycle lifecycle, IdempotencyKeys idempotencyKeys,
                              RequestFingerprint fingerprint, OfficeClock officeClock, ServiceTimers timers) {
        this.catalog = catalog;
        this.applicantValidator = applicantValidator;
        this.serviceData = serviceData;
        this.scans = scans;
        this.applications = applications;
        this.attachments = attachments;
        this.counters = counters;
        this.trackingCodes = trackingCodes;
        this.runtime = runtime;
        this.transaction = transaction;
        this.officeCode = officeCode;
        this.json = json;
        this.promise = promise;
        this.lifecycle = lifecycle;
        this.idempotencyKeys = idempotencyKeys;
        this.fingerprint = fingerprint;
        this.officeClock = officeClock;
        this.timers = timers;
    }

    /**
     * Checks the submission and stores it. With an idempotency key (already scoped by the caller: "api:" + key,
     * or the portal session's key) a repeat of the same request answers with the application it made; the key
     * is looked up only after the request passed every check, and a different request under the same key is
     * refused (IdempotencyConflictException) without a word about the earlier one.
     */
    public Receipt submit(Submission submission) {
        return timers.submission(submission.serviceCode(), () -> checkAndStore(submission));
    }

    private Receipt checkAndStore(Submission submission) {
        Checked checked = check(submission);
        counters.prepare(registrationCounter(officeClock.now()));
        if (submission.idempotencyKey() == null) {
            return transaction.execute(status -> store(submission, checked, null));
        }
        IdempotencyKeys.Claim claim = IdempotencyKeys.Claim.of(submission.idempotencyKey(), fingerprint.of(
                checked.service().code(), checked.applicant(), checked.details().values(), submission.files()));
        Optional<Receipt> earlier = earlier(claim);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> store(submission, checked, claim));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            // a double click raced us; the other request stored the application, so answer with it
            return earlier(claim).orElseThrow(() -> sameKeyAtTheSameMoment);
        }
    }

    /** Only the checks of {@link #submit}: throws InvalidApplicationException, stores nothing. */
    public void validate(Submission submission) {
        check(submission);
    }

    private Optional<Receipt> earlier(IdempotencyKeys.Claim claim) {
        return idempotencyKeys.earlierApplication(claim, officeClock.now())
                .flatMap(applications::findById).map(this::receiptOf);
    }

    /** {@code files}: what is stored, one per requirement (photos normalised, several joined into a PDF). */
    private record Checked(ServiceDefinition service, ApplicantData applicant, DetailsValidator.Result details,
                           List<UploadedFile> files) {
    }

    private Checked check(Submission submission) {
        ServiceDefinition service = catalog.find(submission.serviceCode()).orElseThrow(
                () -> new InvalidApplicationException("service", "Layanan tidak dikenal."));
        if (!service.acceptingApplications()) {
            throw new ServiceClosedException(service);
        }
        ApplicantData applicant = submission.applicant() == null ? null : submission.applicant().normalized();
        List<FieldProblem> problems = new ArrayList<>(applicantValidator.validate(applicant));
        DetailsValidator.Result details = serviceData.check(service, submission.details(), null);
        problems.addAll(details.problems());
        ScanPreparation.Prepared files = scans.prepare(service, submission.files(), true);
        problems.addAll(files.problems());
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        return new Checked(service, applicant, details, files.files());
    }

    private Receipt store(Submission submission, Checked checked, IdempotencyKeys.Claim claim) {
        ServiceDefinition service = checked.service();
        ApplicantData applicant = checked.applicant();
        OffsetDateTime now = officeClock.now();
        String trackingCode = trackingCodes.generate();
        OffsetDateTime due = promise.atSubmission(service, now);
        // stored under a placeholder first: the yearly counter's row is locked from the moment a number is taken
        // to the commit, so the number comes last and concurrent submissions do not queue behind each other's
        // file storage; numbers stay gap-free, as they are taken in the transaction that stores the application
        long id = applications.insert(UNNUMBERED + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                trackingCode, service.code(), applicant, checked.details().values(), submission.channel(), now, due);
        if (claim != null) {
            idempotencyKeys.record(claim, id, now);
        }
        storeFiles(id, checked.files(), now);
        lifecycle.submitted(id, submission.registeredBy(), now);
        String registrationNumber = nextRegistrationNumber(now);
        applications.setRegistrationNumber(id, registrationNumber);
        runtime.startProcessInstanceByKey(service.processKey(), registrationNumber,
                Map.of(ProcessIds.VAR_SERVICE_CODE, service.code()));
        return new Receipt(registrationNumber, trackingCode, ApplicationStatus.SUBMITTED, service.name());
    }

    /** Marks an application whose transaction has not yet taken its number; never committed. */
    private static final String UNNUMBERED = "UNNUMBERED-";

    /** e.g. BTN-2026-000123: office, year, a yearly sequence. */
    private String nextRegistrationNumber(OffsetDateTime now) {
        long sequence = counters.next(registrationCounter(now));
        return "%s-%d-%06d".formatted(officeCode, Year.from(now).getValue(), sequence);
    }

    private static String registrationCounter(OffsetDateTime now) {
        return "registration-" + Year.from(now).getValue();
    }

    private void storeFiles(long applicationId, List<UploadedFile> files, OffsetDateTime now) {
        for (UploadedFile file : files) {
            FileType type = FileType.detect(file.content()).orElseThrow(() -> new IllegalStateException(
                    "Berkas persyaratan " + file.requirementCode()
                            + " lolos pemeriksaan tetapi jenisnya tidak dikenali"));
            attachments.supersede(applicationId, file.requirementCode());
            attachments.insert(applicationId, file.requirementCode(), safeFileName(file, type), type, file.content(),
                    Hashes.sha256(file.content()), now);
        }
    }

    private static String safeFileName(UploadedFile file, FileType type) {
        String name = file.originalName() == null ? "" : file.originalName().replaceAll("[^\\w.\\- ]", "_");
        if (name.isBlank()) {
            name = file.requirementCode() + "." + type.extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The application, only for the holder of its tracking code; anything else looks like "not found". */
    public Optional<Application> findForCitizen(String registrationNumber, String trackingCode) {
        if (registrationNumber == null) {
            return Optional.empty();
        }
        return applications.findByRegistrationNumber(registrationNumber.strip().toUpperCase())
                .filter(a -> TrackingCodes.matches(a.trackingCode(), trackingCode));
    }

    /**
     * Corrections are accepted only while the office waits for them; the process then resumes verification. The
     * application's row is locked first, as every change of its state does, and a collision with an asynchronous
     * step (the notice of the return going out) is tried again rather than answered with an error.
     */
    public Application correct(Application application, ApplicantData corrections, List<UploadedFile> files) {
        return correct(application, corrections, null, files);
    }

    /** Service-specific fields given in {@code detailCorrections} replace the stored ones; others stay. */
    public Application correct(Application application, ApplicantData corrections, JsonNode detailCorrections,
                               List<UploadedFile> files) {
        // photos are decoded and re-encoded before the transaction; their problems are told in the usual order
        ScanPreparation.Prepared prepared = scans.prepare(catalog.get(application.serviceCode()), files, false);
        return ConcurrentStepRetry.run(() -> transaction.execute(status -> {
            Application current = applications.lockByRegistrationNumber(application.registrationNumber())
                    .orElseThrow(() -> ApplicationRepository.missing(application.registrationNumber()));
            if (current.status() != ApplicationStatus.RETURNED) {
                throw new ApplicationStateException("Permohonan ini tidak sedang menunggu perbaikan.");
            }
            if (corrections == null && (detailCorrections == null || detailCorrections.isEmpty()) && files.isEmpty()) {
                throw new InvalidApplicationException("data", "Tidak ada perbaikan yang dikirim: ubah data atau unggah berkas.");
            }
            ServiceDefinition service = catalog.get(current.serviceCode());
            // a field sent empty is cleared (e.g. the e-mail address); a field not sent keeps its value
            ApplicantData corrected = corrections == null ? current.applicant()
                    : current.applicant().withCorrections(corrections).normalized();
            List<FieldProblem> problems = new ArrayList<>(applicantValidator.validate(corrected));
            DetailsValidator.Result details = serviceData.check(service,
                    mergedDetails(current.details(), detailCorrections), current.details());
            problems.addAll(details.problems());
            problems.addAll(prepared.problems());
            if (!problems.isEmpty()) {
                throw new InvalidApplicationException(problems);
            }
            OffsetDateTime now = officeClock.now();
            applications.updateApplicant(current.id(), corrected, details.values(), now);
            storeFiles(current.id(), prepared.files(), now);
            lifecycle.corrected(current, now);
            runtime.createMessageCorrelation(ProcessIds.MESSAGE_CORRECTION_SUBMITTED)
                    .processInstanceBusinessKey(current.registrationNumber())
                    .correlate();
            return applications.findByRegistrationNumber(current.registrationNumber())
                    .orElseThrow(() -> ApplicationRepository.missing(current.registrationNumber()));
        }));
    }

    /**
     * Withdraws the application before signing: our record says so and the running process (with the shared
     * steps it called) is ended, in one transaction.
     */
    public Application cancel(Application application) {
        return ConcurrentStepRetry.run(() -> transaction.execute(status -> {
            Application current = applications.lockByRegistrationNumber(application.registrationNumber())
                    .orElseThrow(() -> ApplicationRepository.missing(application.registrationNumber()));
            if (!current.status().isCancellable()) {
                throw new ApplicationStateException("Permohonan ini tidak dapat dibatalkan lagi (status: "
                        + current.status().label() + ").");
            }
            OffsetDateTime now = officeClock.now();
            lifecycle.move(current, ApplicationStatus.CANCELLED, "Permohonan dibatalkan oleh pemohon.",
                    ApplicationLifecycle.APPLICANT, now);
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(current.registrationNumber())
                    .rootProcessInstances().list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Dibatalkan oleh pemohon"));
            return applications.findByRegistrationNumber(current.registrationNumber())
                    .orElseThrow(() -> ApplicationRepository.missing(current.registrationNumber()));
        }));
    }

    private JsonNode mergedDetails(Map<String, Object> stored, JsonNode corrections) {
        ObjectNode merged = json.valueToTree(stored);
        if (corrections != null && corrections.isObject()) {
            corrections.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        }
        return merged;
    }

    private Receipt receiptOf(Application application) {
        return new Receipt(application.registrationNumber(), application.trackingCode(), application.status(),
                catalog.get(application.serviceCode()).name());
    }
}
