package id.layanankecamatan.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.FinishedApplications;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The citizen's survey through the API (one response per finished application) and the public IKM figures. */
class SurveyApiTest extends IntegrationTest {

    // numbers read as written, so that "3.50" is checked as printed (2 decimals), not as the double 3.5
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final String ALL_THREES = "{\"answers\":{\"U1\":3,\"U2\":3,\"U3\":3,\"U4\":3,\"U5\":3,\"U6\":3,"
            + "\"U7\":3,\"U8\":3,\"U9\":3}}";

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private FinishedApplications finishedApplications;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
        finishedApplications = new FinishedApplications(applications, repository, catalog);
    }

    @Test
    void anIssuedApplicationAnswersOnceAndASecondResponseIsRefused() throws Exception {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.ISSUED, OffsetDateTime.now());
        long before = responses();

        ResponseEntity<String> first = answer(receipt, ALL_THREES);
        ResponseEntity<String> second = answer(receipt, ALL_THREES);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JSON.readTree(first.getBody()).get("message").asText()).startsWith("Terima kasih");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JSON.readTree(second.getBody()).get("detail").asText()).contains("sudah diisi");
        assertThat(responses()).isEqualTo(before + 1);
        // the stored answer names the service and the day only, and nothing links it to the application
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answered WHERE registration_number = ?")
                .param(receipt.registrationNumber()).query(Long.class).single()).isEqualTo(1);
        // not even through PostgreSQL's transaction id: the mark and the answers are written apart
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answered a JOIN survey_response r ON r.xmin = a.xmin "
                + "WHERE a.registration_number = ?").param(receipt.registrationNumber()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aRejectedApplicationMayAnswerTooWithSkippedElementsAndAProfile() {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.REJECTED, OffsetDateTime.now());

        ResponseEntity<String> answer = answer(receipt, "{\"answers\":{\"U1\":1,\"U3\":2,\"U8\":null},"
                + "\"profile\":{\"age\":\"30-39\",\"gender\":\"P\",\"education\":\"SMA\",\"occupation\":\"WIRAUSAHA\"}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anApplicationNotFinishedCannotAnswer() throws Exception {
        Receipt receipt = finishedApplications.submitted();
        long before = responses();

        ResponseEntity<String> answer = answer(receipt, ALL_THREES);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(answer.getBody()).get("detail").asText())
                .startsWith("Survei dibuka setelah permohonan selesai");
        assertThat(responses()).isEqualTo(before);
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() throws Exception {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.ISSUED, OffsetDateTime.now());
        long before = responses();

        JsonNode outside = problem(answer(receipt, "{\"answers\":{\"U1\":5,\"U2\":0,\"U3\":2.5,\"U4\":\"3\"}}"));
        JsonNode unknown = problem(answer(receipt, "{\"answers\":{\"U1\":3,\"U10\":3}}"));
        JsonNode none = problem(answer(receipt, "{\"answers\":{}}"));
        JsonNode noBody = problem(answer(receipt, "{}"));
        JsonNode badProfile = problem(answer(receipt, "{\"answers\":{\"U1\":3},\"profile\":{\"name\":\"Budi\"}}"));
        JsonNode notJson = problem(answer(receipt, "{\"answers\":"));

        assertThat(outside.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("answers.U1", "answers.U2", "answers.U3", "answers.U4");
        assertThat(outside.get("errors").get(0).get("message").asText()).isEqualTo("Jawaban harus angka bulat 1 sampai 4.");
        assertThat(outside.get("title").asText()).isEqualTo("Isian survei belum benar");
        assertThat(unknown.get("errors").get(0).get("message").asText()).contains("Unsur tidak dikenal");
        assertThat(none.get("errors").get(0).get("message").asText()).contains("paling sedikit satu");
        assertThat(noBody.get("errors").get(0).get("field").asText()).isEqualTo("answers");
        assertThat(badProfile.get("errors").get(0).get("field").asText()).isEqualTo("profile.name");
        assertThat(notJson.get("detail").asText()).contains("\"answers\"");
        assertThat(responses()).isEqualTo(before);
        // and the application may still answer: nothing marked it as answered
        assertThat(answer(receipt, ALL_THREES).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aWrongTrackingCodeAnswersLikeAnUnknownNumber() throws Exception {
        Receipt receipt = finishedApplications.finished(ApplicationStatus.ISSUED, OffsetDateTime.now());

        ResponseEntity<String> wrongCode = http.postJson("/api/v1/applications/" + receipt.registrationNumber()
                + "/survey", ALL_THREES, h -> h.set("X-Tracking-Code", "SALAH123"));
        ResponseEntity<String> unknown = http.postJson("/api/v1/applications/DOM-1999-999999/survey", ALL_THREES,
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));

        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(wrongCode.getBody()).get("detail"))
                .isEqualTo(JSON.readTree(unknown.getBody()).get("detail"));
    }

    /**
     * The four respondents of {@link SkmComputationTest#computesTheIndexOfAFixedSetByHand}, answering on a day of
     * their own (the engine clock moved): NRR 3.50 3.50 2.75 4.00 3.25 3.25 4.00 2.50 2.75, IKM 3.28, 81.94, B.
     */
    @Test
    void thePublicFiguresOfAPeriodMatchTheHandComputation() throws Exception {
        OffsetDateTime day = OffsetDateTime.of(2031, 5, 12, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(7));
        String[] bodies = {
            "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":3,\"U7\":4,\"U8\":2,\"U9\":3}}",
            "{\"answers\":{\"U1\":3,\"U2\":3,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":4,\"U7\":4,\"U9\":3}}",
            "{\"answers\":{\"U1\":4,\"U2\":3,\"U3\":2,\"U4\":4,\"U5\":4,\"U6\":3,\"U7\":4,\"U8\":null,\"U9\":2}}",
            "{\"answers\":{\"U1\":3,\"U2\":4,\"U3\":3,\"U4\":4,\"U5\":3,\"U6\":3,\"U7\":4,\"U8\":3,\"U9\":3}}"};
        Receipt[] receipts = new Receipt[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            ApplicationStatus end = i == 2 ? ApplicationStatus.REJECTED : ApplicationStatus.ISSUED;
            receipts[i] = finishedApplications.finished(end, day);
        }
        try {
            ClockUtil.setCurrentTime(Date.from(day.toInstant()));
            for (int i = 0; i < bodies.length; i++) {
                assertThat(answer(receipts[i], bodies[i]).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            }
        } finally {
            ClockUtil.reset();
        }

        ResponseEntity<String> answer = http.get("/api/v1/skm?from=2031-05-01&to=2031-05-31", h -> { });
        ResponseEntity<String> domisili = http.get("/api/v1/skm?from=2031-05-01&to=2031-05-31&service=sku", h -> { });
        ResponseEntity<String> before = http.get("/api/v1/skm?from=2031-05-01&to=2031-05-11", h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode skm = JSON.readTree(answer.getBody());
        assertThat(skm.get("respondents").asInt()).isEqualTo(4);
        assertThat(skm.get("elements")).extracting(e -> e.get("code").asText() + " " + e.get("nrr").decimalValue()
                .toPlainString() + " " + e.get("grading").asText()).containsExactly("U1 3.50 B", "U2 3.50 B",
                "U3 2.75 C", "U4 4.00 A", "U5 3.25 B", "U6 3.25 B", "U7 4.00 A", "U8 2.50 D", "U9 2.75 C");
        assertThat(skm.get("elements").get(7).get("name").asText()).isEqualTo("Penanganan pengaduan, saran dan masukan");
        assertThat(skm.get("elements").get(7).get("grade").asText()).isEqualTo("Tidak baik");
        assertThat(skm.get("ikm").decimalValue().toPlainString()).isEqualTo("3.28");
        assertThat(skm.get("ikmConverted").decimalValue().toPlainString()).isEqualTo("81.94");
        assertThat(skm.get("grade").asText()).isEqualTo("Baik");
        assertThat(skm.get("grading").asText()).isEqualTo("B");
        // four applications finished in May 2031 (three issued, one rejected): Krejcie–Morgan asks for 4
        assertThat(skm.get("sampleRequired").asLong()).isEqualTo(4);
        assertThat(skm.get("sampleSufficient").asBoolean()).isTrue();
        JsonNode none = JSON.readTree(domisili.getBody());
        assertThat(none.get("respondents").asInt()).isZero();
        assertThat(none.get("ikm").isNull()).isTrue();
        assertThat(none.get("sampleRequired").asLong()).isZero();
        assertThat(JSON.readTree(before.getBody()).get("respondents").asInt()).isZero();

        // the period report, with the follow-up plan only the camat may write
        String plan = "{\"plan\": \"Unsur terlemah U8: petugas pengaduan ditunjuk dan kotak saran dibuka.\"}";
        String followUp = "/api/v1/sla/skm/follow-up?from=2031-05-01&to=2031-05-31";
        assertThat(http.putJson(followUp, plan, as("petugas")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.putJson(followUp, plan, as("camat")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> report = http.get("/api/v1/skm/report.csv?from=2031-05-01&to=2031-05-31", h -> { });
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("laporan-skm-2031-05-01-2031-05-31.csv");
        assertThat(report.getBody().split("\r\n")).contains(
                "Responden;4", "Sampel minimal (Krejcie-Morgan, atas permohonan selesai);4", "Kecukupan sampel;memenuhi",
                "U8;Penanganan pengaduan, saran dan masukan;2;2.50;62.50;D;Tidak baik",
                "IKM;;4;3.28;81.94;B;Baik",
                "Surat Keterangan Domisili;4;3.28;81.94;B;Baik;4",
                "Unsur terlemah U8: petugas pengaduan ditunjuk dan kotak saran dibuka.");
        ResponseEntity<byte[]> pdf = http.getBytes("/api/v1/skm/report.pdf?from=2031-05-01&to=2031-05-31", h -> { });
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Laporan Survei Kepuasan Masyarakat",
                    "II. Metode", "IKM: 3,28; nilai konversi 81,94; mutu B (Baik)",
                    "U8 Penanganan pengaduan, saran dan masukan: NRR 2,50", "Surat Keterangan Domisili: 4 responden",
                    "Unsur terlemah U8: petugas pengaduan ditunjuk dan kotak saran dibuka.");
        }
        // the weakest elements, lowest NRR first
        String weakest = report.getBody().split("Unsur terlemah \\(prioritas perbaikan\\)\r\n")[1];
        assertThat(weakest.lines().skip(1).limit(3).map(l -> l.split(";")[0])).containsExactly("U8", "U3", "U9");
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> as(String user) {
        return headers -> headers.set("Authorization", Http.basic(user, "demo"));
    }

    @Test
    void aBadPeriodOrServiceIsRefusedInIndonesian() throws Exception {
        JsonNode reversed = problem(http.get("/api/v1/skm?from=2031-05-31&to=2031-05-01", h -> { }));
        JsonNode unknown = problem(http.get("/api/v1/skm?from=2031-05-01&to=2031-05-31&service=tidak-ada", h -> { }));
        JsonNode badDate = problem(http.get("/api/v1/skm?from=31-05-2031&to=2031-05-01", h -> { }));
        JsonNode missing = problem(http.get("/api/v1/skm?from=2031-05-01", h -> { }));

        assertThat(reversed.get("detail").asText()).contains("tidak boleh sebelum");
        assertThat(unknown.get("title").asText()).isEqualTo("Layanan tidak dikenal");
        assertThat(badDate.get("detail").asText()).contains("'from'");
        assertThat(missing.get("detail").asText()).contains("'to'");
    }

    private ResponseEntity<String> answer(Receipt receipt, String body) {
        return http.postJson("/api/v1/applications/" + receipt.registrationNumber() + "/survey", body,
                h -> h.set("X-Tracking-Code", receipt.trackingCode()));
    }

    private static JsonNode problem(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        return JSON.readTree(answer.getBody());
    }

    private long responses() {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response").query(Long.class).single();
    }
}
