package id.layanankecamatan.survey;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationNotFoundException;
import id.layanankecamatan.application.ApplicationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The survey for citizens (one response per finished application) and the public IKM figures (aggregates only). */
@ApiController(expectedBody = "Kirim JSON {\"answers\": {\"U1\": 1..4, …, \"U9\": 1..4}, \"profile\": {…}} "
        + "(profil opsional: age, gender, education, occupation).")
public class SurveyApiController {

    static final String TRACKING_CODE = "X-Tracking-Code";
    private static final List<String> BODY_FIELDS = List.of("answers", "profile");

    private final ApplicationService applications;
    private final SurveyService surveys;
    private final SkmFigures figures;
    private final SkmReports reports;
    private final OfficeProperties office;

    public SurveyApiController(ApplicationService applications, SurveyService surveys, SkmFigures figures,
                               SkmReports reports, OfficeProperties office) {
        this.applications = applications;
        this.surveys = surveys;
        this.figures = figures;
        this.reports = reports;
        this.office = office;
    }

    @Operation(summary = "Mengisi Survei Kepuasan Masyarakat", description = "Dengan header X-Tracking-Code, setelah "
            + "surat terbit atau permohonan ditolak; satu kali per permohonan (berikutnya 409). Jawaban 1–4 untuk "
            + "unsur U1–U9 (boleh dilewati, paling sedikit satu); profil opsional tanpa data pribadi.")
    @ApiResponse(responseCode = "201", description = "Jawaban tersimpan")
    @PostMapping("/api/v1/applications/{registrationNumber}/survey")
    public ResponseEntity<Map<String, String>> answer(@PathVariable String registrationNumber,
                                                      @RequestHeader(name = TRACKING_CODE, required = false) String code,
                                                      @RequestBody(required = false) JsonNode body) {
        Application application = applications.findForCitizen(registrationNumber, code)
                .orElseThrow(ApplicationNotFoundException::new);
        surveys.checkOpen(application);
        surveys.submit(application, read(body));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("message", "Terima kasih. Jawaban survei Anda telah kami terima."));
    }

    @Operation(summary = "Indeks Kepuasan Masyarakat (IKM) suatu periode", description = "Tanggal from dan to "
            + "(YYYY-MM-DD, termasuk keduanya), service opsional (kode layanan). NRR per unsur atas responden yang "
            + "menjawabnya, bobot 1/9, IKM × 25 = nilai konversi; mutu A ≥ 88,31, B ≥ 76,61, C ≥ 65,00, selain itu D "
            + "(PermenPAN-RB 14/2017). Sampel minimal menurut tabel Krejcie–Morgan atas permohonan selesai.")
    @GetMapping("/api/v1/skm")
    public SkmView skm(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) String service) {
        String serviceCode = reports.checkedService(from, to, service);
        return SkmView.of(from, to, serviceCode, figures.of(from, to, serviceCode));
    }

    @Operation(summary = "Laporan Survei Kepuasan Masyarakat suatu periode (CSV)", description = "Bagian laporan "
            + "model PermenPAN-RB 14/2017: pendahuluan, metode, hasil per unsur, unsur terlemah, hasil per layanan, "
            + "rencana tindak lanjut. Parameter seperti GET /api/v1/skm.")
    @GetMapping("/api/v1/skm/report.csv")
    public ResponseEntity<String> reportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) String service) {
        String serviceCode = reports.checkedService(from, to, service);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(from, to, serviceCode, "csv"))
                .body(SkmReportCsv.of(reports.report(from, to, serviceCode)));
    }

    @Operation(summary = "Laporan Survei Kepuasan Masyarakat suatu periode (PDF)", description = "Isi sama dengan "
            + "laporan CSV, untuk dipublikasikan.")
    @GetMapping("/api/v1/skm/report.pdf")
    public ResponseEntity<byte[]> reportPdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) String service) {
        String serviceCode = reports.checkedService(from, to, service);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(from, to, serviceCode, "pdf"))
                .body(SkmReportPdf.of(reports.report(from, to, serviceCode), office.name()));
    }

    private static String attachment(LocalDate from, LocalDate to, String serviceCode, String extension) {
        String name = "laporan-skm-" + from + "-" + to + (serviceCode == null ? "" : "-" + serviceCode) + "."
                + extension;
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static SurveySubmission read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputProblem(SurveySubmission.TITLE, "Kirim jawaban survei sebagai objek JSON "
                    + "{\"answers\": {\"U1\": 1..4, …}}.", List.of(new FieldProblem("answers", "Wajib diisi.")));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!BODY_FIELDS.contains(name)) {
                throw new InvalidInputProblem(SurveySubmission.TITLE, "Bagian '" + name + "' tidak dikenal.",
                        List.of(new FieldProblem(name, "Gunakan hanya answers dan profile.")));
            }
        });
        return SurveySubmission.read(object(body.get("answers"), "answers", true),
                object(body.get("profile"), "profile", false));
    }

    /** A JSON object as a map: whole numbers as Integer, strings as String, null as null, anything else as the node. */
    private static Map<String, Object> object(JsonNode node, String name, boolean scores) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidInputProblem(SurveySubmission.TITLE, "'" + name + "' harus berupa objek JSON.",
                    List.of(new FieldProblem(name, "Harus berupa objek JSON.")));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            Object plain = value;
            if (value.isNull()) {
                plain = null;
            } else if (scores && value.isIntegralNumber() && value.canConvertToInt()) {
                plain = value.intValue();
            } else if (!scores && value.isTextual()) {
                plain = value.textValue();
            }
            map.put(entry.getKey(), plain);
        });
        return map;
    }

    /** The public figures: aggregates only, never a single response. */
    public record SkmView(LocalDate from, LocalDate to, String service, int respondents, List<ElementView> elements,
                          BigDecimal ikm, BigDecimal ikmConverted, String grade, String grading,
                          boolean sampleSufficient, long sampleRequired) {

        static SkmView of(LocalDate from, LocalDate to, String service, SkmResult result) {
            List<ElementView> elements = result.elements().stream().map(e -> new ElementView(e.element().code(),
                    e.element().title(), e.nrr(), e.grade() == null ? null : e.grade().performance(),
                    e.grade() == null ? null : e.grade().name())).toList();
            return new SkmView(from, to, service, result.respondents(), elements, result.ikm(), result.ikmConverted(),
                    result.grade() == null ? null : result.grade().performance(),
                    result.grade() == null ? null : result.grade().name(), result.sampleSufficient(),
                    result.sampleRequired());
        }
    }

    /** One element: its NRR (1–4) and the grade of NRR × 25, in words and as the letter. */
    public record ElementView(String code, String name, BigDecimal nrr, String grade, String grading) {
    }
}
