package id.layanankecamatan.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkmComputationTest {

    /**
     * Four respondents, two of whom skipped U8. By hand:
     * NRR U1 14/4 = 3.50, U2 14/4 = 3.50, U3 11/4 = 2.75, U4 16/4 = 4.00, U5 13/4 = 3.25, U6 13/4 = 3.25,
     * U7 16/4 = 4.00, U8 (2+3)/2 = 2.50 (over the two who answered), U9 11/4 = 2.75; Σ NRR = 29.50.
     * IKM = 29.5 × 1/9 = 3.2777… → 3.28; converted = 29.5 × 25/9 = 81.944… → 81.94 → B (Baik).
     * (Counting a skip as 0 would give 78.47; weights of 0.111 would give 81.86.)
     */
    @Test
    void computesTheIndexOfAFixedSetByHand() {
        List<SurveyAnswers> responses = List.of(
                SurveyAnswers.of(4, 4, 3, 4, 3, 3, 4, 2, 3),
                SurveyAnswers.of(3, 3, 3, 4, 3, 4, 4, null, 3),
                SurveyAnswers.of(4, 3, 2, 4, 4, 3, 4, null, 2),
                SurveyAnswers.of(3, 4, 3, 4, 3, 3, 4, 3, 3));

        SkmResult result = SkmComputation.compute(responses, 4);

        assertThat(result.respondents()).isEqualTo(4);
        assertThat(result.elements()).extracting(e -> e.nrr().toPlainString()).containsExactly(
                "3.50", "3.50", "2.75", "4.00", "3.25", "3.25", "4.00", "2.50", "2.75");
        SkmResult.Element u8 = result.elements().get(7);
        assertThat(u8.respondents()).isEqualTo(2);
        assertThat(u8.nrrConverted()).isEqualByComparingTo("62.50");
        assertThat(u8.grade()).isEqualTo(SkmGrade.D);
        assertThat(result.elements().get(2).grade()).isEqualTo(SkmGrade.C); // U3: 68.75
        assertThat(result.ikm().toPlainString()).isEqualTo("3.28");
        assertThat(result.ikmConverted().toPlainString()).isEqualTo("81.94");
        assertThat(result.grade()).isEqualTo(SkmGrade.B);
        assertThat(result.grade().performance()).isEqualTo("Baik");
        // N = 4 finished applications need 4 respondents (Krejcie–Morgan: 3.841·4·0.25 / (0.0025·3 + 0.96025) = 3.97)
        assertThat(result.sampleRequired()).isEqualTo(4);
        assertThat(result.sampleSufficient()).isTrue();
    }

    /**
     * Everyone answers every element, so Σ NRR = (total of all scores) / respondents and converted =
     * 25 × total / (9 × respondents). E.g. 5 respondents with 117 points: 117/5 = 23.4; 23.4/9 = 2.6; × 25 = 65.00.
     * 24 with 763: 88.3101… → 88.31 (A). 19 with 524: 76.6081… → printed 76.61, so B: the grade follows the printed
     * value. 19 with 604: 88.3040… → 88.30 (B). 26 with 717: 76.6025… → 76.60 (C). 38 with 889: 64.9853… → 64.99 (D).
     */
    @ParameterizedTest
    @CsvSource({
        "24, 763, 88.31, A, Sangat baik",
        "19, 604, 88.30, B, Baik",
        "19, 524, 76.61, B, Baik",
        "26, 717, 76.60, C, Kurang baik",
        "5,  117, 65.00, C, Kurang baik",
        "38, 889, 64.99, D, Tidak baik"})
    void gradesOnTheBoundariesAsPrinted(int respondents, int totalScore, String converted, SkmGrade grade,
                                        String performance) {
        SkmResult result = SkmComputation.compute(everyoneAnswering(respondents, totalScore), 1000);

        assertThat(result.ikmConverted().toPlainString()).isEqualTo(converted);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.grade().performance()).isEqualTo(performance);
        assertThat(result.sampleRequired()).isEqualTo(278);
        assertThat(result.sampleSufficient()).isFalse();
    }

    @Test
    void exactlyOnTheBoundaryIsTheHigherGrade() {
        assertThat(SkmGrade.ofPrinted(new BigDecimal("88.31"))).isEqualTo(SkmGrade.A);
        assertThat(SkmGrade.ofPrinted(new BigDecimal("76.61"))).isEqualTo(SkmGrade.B);
        assertThat(SkmGrade.ofPrinted(new BigDecimal("65.00"))).isEqualTo(SkmGrade.C);
        assertThat(SkmGrade.ofPrinted(new BigDecimal("25.00"))).isEqualTo(SkmGrade.D);
    }

    @Test
    void noRespondentsGiveNoIndex() {
        SkmResult result = SkmComputation.compute(List.of(), 0);

        assertThat(result.respondents()).isZero();
        assertThat(result.ikm()).isNull();
        assertThat(result.grade()).isNull();
        assertThat(result.elements()).hasSize(9).allSatisfy(e -> assertThat(e.nrr()).isNull());
        assertThat(result.sampleSufficient()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "10, 10", "100, 80", "500, 217", "1000, 278", "5000, 357", "99999, 383",
        "100000, 384", "1000000, 384"})
    void sampleFollowsKrejcieMorgan(long population, long required) {
        assertThat(SampleSize.required(population)).isEqualTo(required);
    }

    /** {@code respondents} answering all nine elements with {@code totalScore} points spread as evenly as possible. */
    private static List<SurveyAnswers> everyoneAnswering(int respondents, int totalScore) {
        int cells = respondents * 9;
        List<SurveyAnswers> responses = new ArrayList<>();
        int base = totalScore / cells;
        int extra = totalScore % cells;
        for (int r = 0; r < respondents; r++) {
            Integer[] scores = new Integer[9];
            for (int e = 0; e < 9; e++) {
                scores[e] = base + (r * 9 + e < extra ? 1 : 0);
            }
            responses.add(SurveyAnswers.of(scores));
        }
        return responses;
    }
}
