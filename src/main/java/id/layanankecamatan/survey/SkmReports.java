package id.layanankecamatan.survey;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the period report and keeps the camat's follow-up plan for it. */
@Service
public class SkmReports {

    /** How many of the lowest-scoring elements the report names as the first to improve. */
    static final int WEAKEST = 3;
    static final int MAX_PLAN = 4000;

    private final SkmFigures figures;
    private final SurveyRepository surveys;
    private final ServiceCatalog catalog;
    private final TransactionTemplate transaction;
    private final OfficeClock clock;

    public SkmReports(SkmFigures figures, SurveyRepository surveys, ServiceCatalog catalog,
                      TransactionTemplate transaction, OfficeClock clock) {
        this.figures = figures;
        this.surveys = surveys;
        this.catalog = catalog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @param serviceCode null for the whole office (then with one line per service that had respondents) */
    public SkmReport report(LocalDate from, LocalDate to, String serviceCode) {
        SkmResult result = figures.of(from, to, serviceCode);
        List<SkmResult.Element> weakest = result.elements().stream().filter(e -> e.nrr() != null)
                .sorted(Comparator.comparing(SkmResult.Element::nrr)).limit(WEAKEST).toList();
        List<SkmReport.ServiceResult> perService = serviceCode != null ? List.of() : catalog.services().stream()
                .map(s -> new SkmReport.ServiceResult(s.code(), s.name(), figures.of(from, to, s.code())))
                .filter(s -> s.result().respondents() > 0).toList();
        String scopeName = serviceCode == null ? "Seluruh layanan" : catalog.get(serviceCode).name();
        return new SkmReport(from, to, serviceCode, scopeName, result, weakest, perService,
                followUp(from, to, serviceCode).map(SkmFollowUp::plan).orElse(null), clock.now());
    }

    /** The plan entered for the period and scope (null service: the whole office), with who entered it and when. */
    public Optional<SkmFollowUp> followUp(LocalDate from, LocalDate to, String serviceCode) {
        return surveys.followUp(from, to, scope(serviceCode));
    }

    public void saveFollowUp(LocalDate from, LocalDate to, String serviceCode, String plan, String camat) {
        String text = plan == null ? "" : plan.strip();
        if (text.isEmpty() || text.length() > MAX_PLAN) {
            throw new InvalidInputProblem("Rencana tindak lanjut belum benar",
                    "Tulis rencana tindak lanjut (1 sampai " + MAX_PLAN + " karakter).");
        }
        transaction.executeWithoutResult(status ->
                surveys.saveFollowUp(from, to, scope(serviceCode), text, camat, clock.now()));
    }

    /** '' stands for the whole office in the key of a plan. */
    private static String scope(String serviceCode) {
        return Objects.requireNonNullElse(serviceCode, "");
    }

    /**
     * The checked period and service of a request: {@code to} not before {@code from}, the service known; returns the
     * service code to use (null for the whole office).
     */
    public String checkedService(LocalDate from, LocalDate to, String service) {
        if (to.isBefore(from)) {
            throw new InvalidInputProblem("Periode tidak sah", "Tanggal 'to' tidak boleh sebelum tanggal 'from'.",
                    List.of(new FieldProblem("to", "Tidak boleh sebelum 'from'.")));
        }
        String serviceCode = service == null || service.isBlank() ? null : service.strip();
        if (serviceCode != null && catalog.find(serviceCode).isEmpty()) {
            throw new InvalidInputProblem("Layanan tidak dikenal", "Kode layanan '" + serviceCode + "' tidak ada "
                    + "(lihat GET /api/v1/services).", List.of(new FieldProblem("service", "Layanan tidak dikenal.")));
        }
        return serviceCode;
    }
}
