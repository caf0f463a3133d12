package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Surat Keterangan Domisili for a NIK that another kecamatan issued is pointed out to the officer in the
 * verification form (layanan.office.region-code, 127703 here): a warning above the link to the applicant's data,
 * never a refusal, and without the applicant's own code in the engine.
 */
class NikRegionWarningTest extends IntegrationTest {

    /** Issued in Medan (12.71.01). */
    private static final String NIK_FROM_MEDAN = "1271015505900001";
    private static final String WARNING = "**Perhatian:** NIK pemohon tidak diterbitkan di kecamatan ini (kode wilayah "
            + "pada NIK bukan 127703).";

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    TaskService tasks;

    @Test
    void aDomisiliApplicantWithANikFromElsewhereIsAcceptedAndTheOfficerIsWarned() {
        String number = domisili(applicant(NIK_FROM_MEDAN));

        String shown = (String) tasks.getVariableLocal(verifyTask(number), "applicantDataLink");
        assertThat(shown).startsWith(WARNING).contains("NIK tidak berubah bila penduduk pindah")
                .endsWith("[Buka data pemohon](/staff/applications/" + number + ")").doesNotContain("127101");
    }

    @Test
    void aLocalNikGetsNoWarning() {
        String number = domisili(Samples.applicant());

        assertThat(tasks.getVariableLocal(verifyTask(number), "applicantDataLink"))
                .isEqualTo("[Buka data pemohon](/staff/applications/" + number + ")");
    }

    @Test
    void aServiceThatDoesNotAskForItGetsNoWarning() {
        Submission sample = Samples.submission(catalog.get("sku"));
        String number = applications.submit(new Submission("sku", applicant(NIK_FROM_MEDAN), sample.details(),
                sample.files(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);

        assertThat((String) tasks.getVariableLocal(verifyTask(number), "applicantDataLink")).doesNotContain("Perhatian");
    }

    private String domisili(ApplicantData applicant) {
        String number = applications.submit(new Submission("domisili", applicant, Samples.domisiliDetails(),
                Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE)).registrationNumber();
        Jobs.runDue(processEngine, number);
        return number;
    }

    private String verifyTask(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(ProcessIds.TASK_VERIFY)
                .singleResult().getId();
    }

    private static ApplicantData applicant(String nik) {
        ApplicantData a = Samples.applicant();
        return new ApplicantData(nik, a.name(), a.address(), a.rt(), a.rw(), a.village(), a.purpose(), a.email(), a.phone());
    }
}
