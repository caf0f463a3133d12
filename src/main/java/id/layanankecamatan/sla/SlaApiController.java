package id.layanankecamatan.sla;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.complaint.ComplaintFigures;
import id.layanankecamatan.complaint.ComplaintMonth;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Service-level figures as JSON, for staff only (guarded by the staff filter like /staff/*). */
@ApiController
@RequestMapping("/api/v1/sla")
public class SlaApiController {

    private final SlaFigures figures;
    private final MonthlyReports reports;
    private final OfficeProperties office;
    private final ComplaintFigures complaints;

    public SlaApiController(SlaFigures figures, MonthlyReports reports, OfficeProperties office,
                            ComplaintFigures complaints) {
        this.figures = figures;
        this.complaints = complaints;
        this.reports = reports;
        this.office = office;
    }

    @GetMapping("/dashboard")
    public SlaDashboard dashboard() {
        return figures.dashboard();
    }

    @GetMapping("/reports/{month}")
    public MonthlyReport report(@PathVariable String month) {
        return reports.report(month(month));
    }

    @GetMapping("/reports/{month}.csv")
    public ResponseEntity<String> reportCsv(@PathVariable String month) {
        MonthlyReport report = reports.report(month(month));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("laporan-sla-" + report.month() + ".csv"))
                .body(MonthlyReportCsv.of(report));
    }

    @GetMapping("/reports/{month}.pdf")
    public ResponseEntity<byte[]> reportPdf(@PathVariable String month) {
        MonthlyReport report = reports.report(month(month));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("laporan-sla-" + report.month() + ".pdf"))
                .body(MonthlyReportPdf.of(report, office.name()));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem("Permintaan tidak dapat dibaca",
                    "Bulan harus berbentuk TTTT-BB, misalnya 2026-11.");
        }
    }

    /** The month's complaints: received by type and class, closed, in time, average working days to close. */
    @GetMapping("/complaints/{month}")
    public ComplaintMonth complaints(@PathVariable String month) {
        return complaints.of(month(month));
    }

    @GetMapping("/processes/{processKey}")
    public SlaDashboard process(@PathVariable String processKey) {
        return figures.forProcess(processKey);
    }
}
