package id.layanankecamatan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.support.CatalogueFile;
import org.junit.jupiter.api.Test;

/**
 * The published completion time says what the promise counts (ServicePromise): from the moment the application is
 * received, the service's own duration in office time, standing still while a correction is awaited, and the one
 * extension the catalogue allows.
 */
class PublishedCompletionTimeTest {

    @Test
    void everyPublishedCompletionTimeSaysWhenTheClockStartsStopsAndHowLongItRuns() {
        for (ServiceDefinition service : CatalogueFile.services()) {
            ServiceDeadlines deadlines = service.deadlines();
            assertThat(service.completionTime()).as(service.code())
                    .startsWith("paling lama " + deadlines.completion().label() + " sejak permohonan diterima; ")
                    .contains("waktu berhenti selama menunggu perbaikan dari pemohon")
                    .doesNotContain("dinyatakan lengkap");
            deadlines.allowedExtension().ifPresentOrElse(
                    extension -> assertThat(service.completionTime()).as(service.code())
                            .endsWith("; dapat diperpanjang satu kali paling lama " + extension.label()
                                    + " dengan alasan yang ditampilkan di halaman lacak"),
                    () -> assertThat(service.completionTime()).as(service.code()).doesNotContain("diperpanjang"));
        }
    }
}
