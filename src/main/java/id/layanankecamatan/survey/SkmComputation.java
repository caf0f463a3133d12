package id.layanankecamatan.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The IKM as PermenPAN-RB 14/2017 defines it, in exact arithmetic: NRR per element = Σ scores / the number who
 * answered that element; IKM = Σ NRR × 1/9 (the exact fraction: 0.111 would turn 91.48 into 90.56); converted
 * = IKM × 25. Values are rounded half-up to 2 decimals once, when printed; the grade is read from the printed
 * converted value ({@link SkmGrade#ofPrinted}).
 */
public final class SkmComputation {

    static final int PRINTED_SCALE = 2;
    private static final Fraction CONVERSION = Fraction.of(25, 1);

    private SkmComputation() {
    }

    /**
     * @param responses  the answers of the period
     * @param population users of the service in the period (applications finished), for the sample check
     */
    public static SkmResult compute(List<SurveyAnswers> responses, long population) {
        List<SkmResult.Element> elements = new ArrayList<>();
        List<Fraction> nrrs = new ArrayList<>();
        for (SurveyElement element : SurveyElement.values()) {
            long sum = 0;
            int answered = 0;
            for (SurveyAnswers response : responses) {
                Integer score = response.score(element);
                if (score != null) {
                    sum += score;
                    answered++;
                }
            }
            if (answered == 0) {
                elements.add(new SkmResult.Element(element, 0, null, null, null));
                continue;
            }
            Fraction nrr = Fraction.of(sum, answered);
            nrrs.add(nrr);
            BigDecimal converted = nrr.times(CONVERSION).rounded(PRINTED_SCALE);
            elements.add(new SkmResult.Element(element, answered, nrr.rounded(PRINTED_SCALE), converted,
                    SkmGrade.ofPrinted(converted)));
        }
        long required = SampleSize.required(population);
        int respondents = responses.size();
        boolean sufficient = respondents > 0 && respondents >= required;
        if (nrrs.isEmpty()) {
            return new SkmResult(respondents, elements, null, null, null, required, sufficient);
        }
        // equal weights summing to 1: 1/9 when every element has answers; an element nobody answered in the period
        // has no NRR and cannot count as zero, so the others share its weight (the regulation allows other weights
        // as long as they sum to 1)
        Fraction weight = Fraction.of(1, nrrs.size());
        Fraction ikm = Fraction.ZERO;
        for (Fraction nrr : nrrs) {
            ikm = ikm.plus(nrr.times(weight));
        }
        BigDecimal converted = ikm.times(CONVERSION).rounded(PRINTED_SCALE);
        return new SkmResult(respondents, elements, ikm.rounded(PRINTED_SCALE), converted, SkmGrade.ofPrinted(converted),
                required, sufficient);
    }
}
