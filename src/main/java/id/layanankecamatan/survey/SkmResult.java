package id.layanankecamatan.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Indeks Kepuasan Masyarakat of a set of responses, with the printed values (2 decimals, half-up). Figures that
 * cannot be computed (no respondent, or nobody answered an element) are null.
 */
public record SkmResult(int respondents, List<Element> elements, BigDecimal ikm, BigDecimal ikmConverted,
                        SkmGrade grade, long sampleRequired, boolean sampleSufficient) {

    /** One element's nilai rata-rata (NRR, 1–4) over those who answered it, and the grade of NRR × 25. */
    public record Element(SurveyElement element, int respondents, BigDecimal nrr, BigDecimal nrrConverted,
                          SkmGrade grade) {
    }
}
