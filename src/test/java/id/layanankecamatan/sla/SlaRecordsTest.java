package id.layanankecamatan.sla;

import static id.layanankecamatan.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A seeded month (March 2036, so that no other test's data is in it): the step records written by the engine,
 * and the figures the SLA API gives for them, asserted exactly.
 */
class SlaRecordsTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationService applications;
    @Autowired
    TaskService tasks;
    @Autowired
    SlaSteps steps;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void stepsAreRecordedAsTheyHappenAndTheApiCountsThemExactly() throws Exception {
        // A: verified in time by petugas, signed late by the camat
        String a = submitAt("2036-03-03T08:00:00+07:00");
        complete(a, ProcessIds.TASK_VERIFY, "2036-03-04T16:00:00+07:00", "2036-03-04T10:00:00+07:00", "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        // the draft initialled at once by the kepala seksi and the sekcam (tata naskah dinas)
        Parafs.giveAll(processEngine, a);
        complete(a, ProcessIds.TASK_SIGN, "2036-03-05T16:00:00+07:00", "2036-03-06T09:00:00+07:00", "camat",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        // B: verified in time, then waits for signing past its due time
        String b = submitAt("2036-03-10T09:00:00+07:00");
        complete(b, ProcessIds.TASK_VERIFY, "2036-03-10T12:00:00+07:00", "2036-03-10T11:00:00+07:00", "petugas",
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, b);
        Task waiting = task(b, ProcessIds.TASK_SIGN);
        tasks.setDueDate(waiting.getId(), date("2036-03-11T16:00:00+07:00"));

        List<SlaStep> recordsOfA = steps.ofApplication(a);
        assertThat(recordsOfA).extracting(SlaStep::step, SlaStep::outcome, SlaStep::completedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProcessIds.TASK_VERIFY, "ON_TIME", "petugas"),
                        org.assertj.core.groups.Tuple.tuple(ProcessIds.TASK_PARAF, "ON_TIME", "kasipem"),
                        org.assertj.core.groups.Tuple.tuple(ProcessIds.TASK_PARAF, "ON_TIME", "sekcam"),
                        org.assertj.core.groups.Tuple.tuple(ProcessIds.TASK_SIGN, "BREACHED", "camat"));
        assertThat(recordsOfA.get(1).candidateGroups()).isEqualTo("kasi-pemerintahan");
        assertThat(recordsOfA.get(3).breachedAt()).isEqualTo(OffsetDateTime.parse("2036-03-05T16:00:00+07:00"));
        assertThat(recordsOfA.get(0).candidateGroups()).isEqualTo("front-office");

        ClockUtil.setCurrentTime(date("2036-03-12T10:00:00+07:00"));
        Http http = new Http(baseUrl());
        assertThat(http.get("/api/v1/sla/dashboard", h -> { }).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> answer = http.get("/api/v1/sla/dashboard", h -> h.set("Authorization", basic("camat", "demo")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dashboard = JSON.readTree(answer.getBody());
        assertThat(dashboard.get("month").asText()).isEqualTo("2036-03");
        // per service, applications: A's letter came Thursday 09:00, promised Tuesday 16:00 (P1D); B is not done
        assertThat(rows(dashboard.get("onTimeThisMonth"))).containsExactly("domisili 1/0 0");
        assertThat(dashboard.get("breached").findValuesAsText("registrationNumber")).contains(b).doesNotContain(a);
        JsonNode late = StaffWork.item(dashboard.get("breached"), b);
        assertThat(late.get("step").asText()).isEqualTo(ProcessIds.TASK_SIGN);
        assertThat(late.get("holder").asText()).isEqualTo("grup camat,sekcam");

        // the monthly report: the same records, per service, step and officer, and completion in office time
        JsonNode report = JSON.readTree(http.get("/api/v1/sla/reports/2036-03",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody());
        assertThat(rows(report.get("perStep"))).containsExactly("task_paraf_letter 4/4 100", "task_sign_letter 1/0 0",
                "task_verify_application 2/2 100");
        assertThat(rows(report.get("perOfficer"))).containsExactly("camat 1/0 0", "kasipem 2/2 100", "petugas 2/2 100",
                "sekcam 2/2 100");
        JsonNode completion = report.get("completionTimes").get(0);
        // Mon 08:00 to Thu 09:00 in office hours, the breaks 12:00-13:00 left out: 7 h + 7.5 h + 7.5 h + 1.5 h
        assertThat(completion.get("finished").asInt()).isEqualTo(1);
        assertThat(completion.get("medianMinutes").asLong()).isEqualTo(23 * 60 + 30);
        assertThat(completion.get("p90Minutes").asLong()).isEqualTo(23 * 60 + 30);
        ResponseEntity<String> csv = http.get("/api/v1/sla/reports/2036-03.csv",
                h -> h.set("Authorization", basic("petugas", "demo")));
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("Surat Keterangan Domisili;1;0;0", "petugas;2;2;100",
                "Surat Keterangan Domisili;1;1410;1410");
        byte[] pdf = http.getBytes("/api/v1/sla/reports/2036-03.pdf",
                h -> h.set("Authorization", basic("camat", "demo"))).getBody();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Laporan standar pelayanan bulan 2036-03", "Surat Keterangan Domisili", "0 %",
                            "median 23 jam 30 menit");
        }
        assertThat(http.get("/api/v1/sla/reports/maret", h -> h.set("Authorization", basic("camat", "demo")))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static List<String> rows(JsonNode rates) {
        List<String> rows = new java.util.ArrayList<>();
        rates.forEach(r -> rows.add(r.get("key").asText() + " " + r.get("completed").asInt() + "/"
                + r.get("onTime").asInt() + " " + r.get("ratePercent").asInt()));
        return rows;
    }

    private String submitAt(String time) {
        ClockUtil.setCurrentTime(date(time));
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        Jobs.runDue(processEngine, receipt.registrationNumber());
        return receipt.registrationNumber();
    }

    private void complete(String number, String step, String due, String at, String user, Map<String, Object> decision) {
        tasks.setDueDate(task(number, step).getId(), date(due));
        ClockUtil.setCurrentTime(date(at));
        StaffWork.complete(processEngine, number, step, user, decision);
    }

    private Task task(String number, String step) {
        return StaffWork.task(processEngine, number, step);
    }

    private static Date date(String time) {
        return Date.from(OffsetDateTime.parse(time).toInstant());
    }
}
