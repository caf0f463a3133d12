package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.ProcessCoverage;
import id.layanankecamatan.support.RealServers;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service added with no Java: a catalogue entry (test profile extra-service), a BPMN file and its verification
 * form in the test resources. It is published, accepts applications, runs the shared steps and issues its letter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "extra-service"})
@Import({RealServers.class, ProcessCoverage.class})
@DirtiesContext
class AddingAServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;

    @Test
    void aServiceFromConfigurationAndABpmnFileRunsToItsLetter() throws Exception {
        Http http = new Http("http://localhost:" + port);
        assertThat(http.get("/api/v1/services", h -> { }).getBody()).contains("\"code\":\"kelakuan-baik\"");

        ObjectNode data = JSON.valueToTree(Samples.applicant());
        data.put("policeStation", "Polres Padangsidimpuan");
        var created = http.postMultipart("/api/v1/applications", new Http.Parts().text("service", "kelakuan-baik")
                .json("data", data.toString()).file("pengantar_desa", "desa.pdf", Samples.pdf("desa"))
                .file("ktp", "ktp.jpg", Samples.jpeg()).build(), h -> { });
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = JSON.readTree(created.getBody());
        String number = receipt.get("registrationNumber").asText();
        Jobs.runDue(engine, number);
        // its verification shows the service's own form, named in its catalogue entry and deployed from test resources
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo("verify-kelakuan-baik");
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Jobs.runDue(engine, number);

        byte[] pdf = http.getBytes("/api/v1/applications/" + number + "/letter",
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText())).getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("SURAT PENGANTAR KELAKUAN BAIK", "Polres Padangsidimpuan", "Siti Nur'aini Hasibuan");
        }
    }
}
