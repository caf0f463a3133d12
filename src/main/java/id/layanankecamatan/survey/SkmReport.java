package id.layanankecamatan.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A period's survey report with the sections of the regulation's model report (PermenPAN-RB 14/2017, Lampiran):
 * pendahuluan and metode (fixed text, respondents and sample), hasil per unsur, the weakest elements, the results
 * per service, and the rencana tindak lanjut entered by the camat (null until entered).
 */
public record SkmReport(LocalDate from, LocalDate to, String serviceCode, String scopeName, SkmResult result,
                        List<SkmResult.Element> weakest, List<ServiceResult> perService, String followUp,
                        OffsetDateTime generatedAt) {

    /** One service's index in the period. */
    public record ServiceResult(String code, String name, SkmResult result) {
    }
}
