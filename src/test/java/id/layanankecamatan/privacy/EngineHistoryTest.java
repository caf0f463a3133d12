package id.layanankecamatan.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine keeps no citizen's personal data: after whole applications (submitted, verified with the officer's
 * correction of the heirs, signed, the letter issued) no NIK is anywhere in Camunda's history or runtime tables,
 * and history cleanup removes finished applications after their time to live.
 */
class EngineHistoryTest extends IntegrationTest {

    // NIKs used by no other test, so that any trace of them in the engine's tables comes from this one
    private static final String APPLICANT_NIK = "1277032207880042";
    private static final String OTHER_APPLICANT_NIK = "1277036207880043";
    private static final String DECEASED_NIK = "1277030304550320";
    private static final String HEIR_NIK = "1277034101650317";
    private static final String SECOND_HEIR_NIK = "1277031512990318";
    private static final String CORRECTED_HEIR_NIK = "1277035003020319";
    private static final String WITNESS_NIK = "1277031708770321";
    private static final String OTHER_WITNESS_NIK = "1277034611800322";
    private static final List<String> NIKS = List.of(APPLICANT_NIK, OTHER_APPLICANT_NIK, DECEASED_NIK, HEIR_NIK,
            SECOND_HEIR_NIK, CORRECTED_HEIR_NIK, WITNESS_NIK, OTHER_WITNESS_NIK);

    @Autowired ApplicationService applications;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void noNikIsInTheEngineAfterWholeApplications() {
        String domisili = submit("domisili", applicant(APPLICANT_NIK), Samples.domisiliDetails(), Samples.domisiliScans());
        verifyAndSign(domisili, Map.of());

        String ahliWaris = submit("ahli-waris", applicant(OTHER_APPLICANT_NIK), heirs(), Samples.ahliWarisScans());
        // the officer corrects the second heir's NIK in the verification form, as Tasklist submits it
        ArrayNode corrected = heirs().withArray("heirs");
        ((ObjectNode) corrected.get(1)).put("nik", CORRECTED_HEIR_NIK);
        verifyAndSign(ahliWaris, Map.of("deceasedNik", DECEASED_NIK,
                "heirs", SpinValues.jsonValue(corrected.toString()).create()));
        assertThat(jdbc.sql("SELECT details_json FROM application WHERE registration_number = ?").param(ahliWaris)
                .query(String.class).single()).contains(CORRECTED_HEIR_NIK);
        assertThat(jdbc.sql("SELECT status FROM application WHERE registration_number IN (?, ?)")
                .params(domisili, ahliWaris).query(String.class).list()).containsOnly("ISSUED");

        List<String> found = new ArrayList<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().list()) {
            whereNik(found, "historic variable " + variable.getName(), String.valueOf(variable.getValue()));
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                whereNik(found, "historic detail " + update.getVariableName(), String.valueOf(update.getValue()));
            } else if (detail instanceof HistoricFormField field) {
                whereNik(found, "historic form field " + field.getFieldId(), String.valueOf(field.getFieldValue()));
            }
        }
        found.addAll(engineTablesHolding(NIKS));
        assertThat(found).isEmpty();
    }

    @Test
    void historyCleanupRemovesFinishedApplicationsAfterTheirTimeToLive() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        String finished = submit("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans());
        verifyAndSign(finished, Map.of());
        String running = submit("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished).count()).isPositive();
        // cleaned by end time: ending an application writes no removal time into every history row it left
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished).list())
                .extracting(org.camunda.bpm.engine.history.HistoricProcessInstance::getRemovalTime).containsOnlyNulls();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(history
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished).list().get(0).getId()).list())
                .isNotEmpty().extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getRemovalTime)
                .containsOnlyNulls();

        // 181 days on: the finished application's history is past the 180 days it is kept
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(181))));
        Job cleanup = history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 10 && history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(finished).count() > 0; round++) {
            management.executeJob(management.createJobQuery().jobId(cleanup.getId()).singleResult().getId());
        }

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(finished).count()).isZero();
        // a running application keeps its history
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(running).count()).isPositive();
    }

    private String submit(String service, ApplicantData applicant, ObjectNode details,
                          List<id.layanankecamatan.application.UploadedFile> scans) {
        String number = applications.submit(new Submission(service, applicant, details, scans, null,
                Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        return number;
    }

    /** The officer verifies through the form (with the service data as the form left it), the camat signs. */
    private void verifyAndSign(String number, Map<String, Object> serviceData) {
        Task verify = task(number, ProcessIds.TASK_VERIFY);
        tasks.claim(verify.getId(), "petugas");
        forms.submitTaskForm(verify.getId(), Variables.fromMap(serviceData).putValue(ProcessIds.VAR_DECISION,
                StaffDecision.ACCEPT)
                .putValue(ProcessIds.VAR_NOTE, ""));
        Jobs.runDue(processEngine, number);
        Parafs.giveAll(processEngine, number);
        Task sign = task(number, ProcessIds.TASK_SIGN);
        tasks.claim(sign.getId(), "camat");
        forms.submitTaskForm(sign.getId(), Variables.putValue(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Jobs.runDue(processEngine, number);
    }

    private Task task(String number, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
    }

    private static void whereNik(List<String> found, String where, String value) {
        NIKS.stream().filter(value::contains).forEach(nik -> found.add(where + " holds " + nik));
    }

    /** Every text column of ACT_HI_* and ACT_RU_* and every byte array in ACT_GE_BYTEARRAY, searched with SQL. */
    private List<String> engineTablesHolding(List<String> niks) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND (table_name LIKE 'act\\_hi\\_%' OR table_name LIKE 'act\\_ru\\_%')
                  AND data_type IN ('character varying', 'text', 'character')""").query().listOfRows();
        assertThat(columns).isNotEmpty();
        for (Map<String, Object> column : columns) {
            String sql = "SELECT COUNT(*) FROM %s WHERE %s LIKE ?".formatted(column.get("table_name"), column.get("column_name"));
            for (String nik : niks) {
                if (jdbc.sql(sql).param("%" + nik + "%").query(Long.class).single() > 0) {
                    found.add(column.get("table_name") + "." + column.get("column_name") + " holds " + nik);
                }
            }
        }
        for (String nik : niks) {
            List<String> arrays = jdbc.sql("SELECT COALESCE(name_, id_) FROM act_ge_bytearray WHERE position(? IN bytes_) > 0")
                    .param(nik.getBytes(StandardCharsets.US_ASCII)).query(String.class).list();
            arrays.forEach(a -> found.add("act_ge_bytearray " + a + " holds " + nik));
        }
        return found;
    }

    private static ApplicantData applicant(String nik) {
        ApplicantData a = Samples.applicant();
        return new ApplicantData(nik, a.name(), a.address(), a.rt(), a.rw(), a.village(), a.purpose(), a.email(), a.phone());
    }

    private static ObjectNode heirs() {
        ObjectNode details = Samples.ahliWarisDetails();
        details.put("deceasedNik", DECEASED_NIK);
        ArrayNode heirs = details.withArray("heirs");
        ((ObjectNode) heirs.get(0)).put("nik", HEIR_NIK);
        ((ObjectNode) heirs.get(1)).put("nik", SECOND_HEIR_NIK);
        ((ObjectNode) heirs.get(2)).put("nik", "1277035708980003");
        ArrayNode witnesses = details.withArray("witnesses");
        ((ObjectNode) witnesses.get(0)).put("nik", WITNESS_NIK);
        ((ObjectNode) witnesses.get(1)).put("nik", OTHER_WITNESS_NIK);
        return details;
    }
}
