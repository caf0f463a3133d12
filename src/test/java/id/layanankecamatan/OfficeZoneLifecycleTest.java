package id.layanankecamatan;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.sla.SlaStep;
import id.layanankecamatan.sla.SlaSteps;
import id.layanankecamatan.support.Browserless;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * An office in Makassar (WITA, UTC+8): a whole application from submission to the signed letter, with every
 * time the citizen and the staff read on the office's clock and named WITA. The letter is signed at 00:30 WITA
 * on 1 April, still 31 March in Jakarta, so a Jakarta clock anywhere shows as a wrong date, month or report.
 * A second Spring context: it runs in a JVM of its own (surefire execution "office-zone").
 */
@TestPropertySource(properties = "layanan.calendar.zone=Asia/Makassar")
class OfficeZoneLifecycleTest extends IntegrationTest {

    private static final String TRACKING = "X-Tracking-Code";

    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService tasks;
    @Autowired
    SlaSteps steps;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void everyTimeOfAnApplicationIsOnTheOfficeClockInWita() throws Exception {
        Http http = new Http(baseUrl());
        // Monday 08:15 WITA: submitted through the citizen API
        at("2038-03-01T08:15:00+08:00");
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", new Http.Parts()
                .text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png()).build(), h -> { });
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = json.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        String code = receipt.get("trackingCode").asText();
        Jobs.runDue(processEngine, number);
        assertThat(mailsTo(number)).anySatisfy(m -> assertThat(Mails.subject(m)).contains("diterima"));

        // the citizen API: times at +08:00; one working day from Monday is Tuesday's closing time, 16:00 WITA
        JsonNode view = json.readTree(http.get("/api/v1/applications/" + number, h -> h.set(TRACKING, code)).getBody());
        assertThat(view.get("submittedAt").asText()).isEqualTo("2038-03-01T08:15:00+08:00");
        assertThat(view.get("promisedCompletion").asText()).isEqualTo("2038-03-02T16:00:00+08:00");
        assertThat(new Browserless(baseUrl()).trackingPage(number, code)).contains("Selasa, 2 Maret 2038 16:00 WITA")
                .doesNotContain("WIB");

        // the verification form
        Task verify = StaffWork.task(processEngine, number, ProcessIds.TASK_VERIFY);
        Map<String, Object> shown = tasks.getVariablesLocal(verify.getId());
        assertThat(shown.get("submittedAt")).isEqualTo("01-03-2038 08:15 WITA");
        assertThat((String) shown.get("historyText")).startsWith("- 01-03-2038 08:15 WITA: ");
        assertThat((String) shown.get("deadlineText")).startsWith("Dijanjikan selesai **2 Maret 2038 16:00 WITA**");

        // returned at 09:00: ten working days to correct, until Monday 15 March at closing time, 16:00 WITA
        complete(number, ProcessIds.TASK_VERIFY, "2038-03-01T09:00:00+08:00", "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE, "Pindaian KK terpotong."));
        MimeMessage returned = mailsTo(number).stream().filter(m -> Mails.subject(m).contains("perlu diperbaiki"))
                .findFirst().orElseThrow();
        assertThat(String.valueOf(returned.getContent())).contains("paling lambat 15 Maret 2038, 16:00 WITA")
                .doesNotContain("WIB");

        // corrected at 10:00, accepted at 11:00
        at("2038-03-01T10:00:00+08:00");
        assertThat(http.postMultipart("/api/v1/applications/" + number + "/correction",
                new Http.Parts().file("kk", "kk-lengkap.pdf", Samples.pdf("kk lengkap")).build(),
                h -> h.set(TRACKING, code)).getStatusCode()).isEqualTo(HttpStatus.OK);
        complete(number, ProcessIds.TASK_VERIFY, "2038-03-01T11:00:00+08:00", "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        // the draft initialled at once (kepala seksi, then sekcam)
        Parafs.giveAll(processEngine, number);

        // the SLA view at noon: the signing step opened at 11:00 WITA, the times at +08:00 and named for Cockpit
        at("2038-03-01T12:00:00+08:00");
        JsonNode dashboard = json.readTree(http.get("/api/v1/sla/dashboard",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
        assertThat(dashboard.get("generatedAt").asText()).isEqualTo("2038-03-01T12:00:00+08:00");
        assertThat(dashboard.get("timeZone").asText()).isEqualTo("Asia/Makassar");
        assertThat(dashboard.get("timeZoneName").asText()).isEqualTo("WITA");
        assertThat(dashboard.get("month").asText()).isEqualTo("2038-03");
        JsonNode signing = StaffWork.item(dashboard.get("oldestPerStep"), number);
        assertThat(signing.get("step").asText()).isEqualTo(ProcessIds.TASK_SIGN);
        assertThat(signing.get("startedAt").asText()).isEqualTo("2038-03-01T11:00:00+08:00");
        assertThat(signing.get("dueAt").asText()).endsWith("+08:00");

        // signed at 00:30 WITA on 1 April (31 March, 23:30 in Jakarta)
        complete(number, ProcessIds.TASK_SIGN, "2038-04-01T00:30:00+08:00", "camat", Map.of(ProcessIds.VAR_DECISION,
                StaffDecision.SIGN));
        assertThat(steps.ofApplication(number)).extracting(SlaStep::step, s -> s.completedAt().toInstant())
                .contains(org.assertj.core.groups.Tuple.tuple(ProcessIds.TASK_SIGN,
                        OffsetDateTime.parse("2038-04-01T00:30:00+08:00").toInstant()));
        JsonNode issued = json.readTree(http.get("/api/v1/applications/" + number, h -> h.set(TRACKING, code)).getBody());
        String letterNumber = issued.get("letterNumber").asText();
        assertThat(letterNumber).endsWith("/IV/2038");
        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter", h -> h.set(TRACKING, code)).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Padangsidimpuan, 1 April 2038", letterNumber)
                    .doesNotContain("31 Maret 2038");
        }
        assertThat(mailsTo(number)).anySatisfy(m -> assertThat(Mails.subject(m)).contains("telah terbit"));

        // the monthly reports cut at midnight in Makassar: the letter counts in April, March has the verifications
        // and the parafs
        JsonNode march = report(http, "2038-03");
        assertThat(march.get("perService")).isEmpty();
        assertThat(march.get("perStep").findValuesAsText("key")).containsExactly(ProcessIds.TASK_PARAF,
                ProcessIds.TASK_VERIFY);
        JsonNode april = report(http, "2038-04");
        assertThat(april.get("generatedAt").asText()).endsWith("+08:00");
        assertThat(april.get("perService").findValuesAsText("key")).containsExactly("domisili");
        assertThat(april.get("perStep").findValuesAsText("key")).containsExactly(ProcessIds.TASK_SIGN);
    }

    private JsonNode report(Http http, String month) throws Exception {
        return json.readTree(http.get("/api/v1/sla/reports/" + month,
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
    }

    private void complete(String number, String step, String time, String user, Map<String, Object> decision) {
        at(time);
        StaffWork.complete(processEngine, number, step, user, decision);
    }

    private List<MimeMessage> mailsTo(String number) {
        return Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).contains(number)).toList();
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }
}
