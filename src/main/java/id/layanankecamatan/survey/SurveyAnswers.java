package id.layanankecamatan.survey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One respondent's scores (1–4) for the elements they answered; a skipped element is simply absent. */
public record SurveyAnswers(Map<SurveyElement, Integer> scores) {

    public SurveyAnswers {
        EnumMap<SurveyElement, Integer> copy = new EnumMap<>(SurveyElement.class);
        scores.forEach((element, score) -> {
            if (score != null) {
                if (score < SurveyElement.LOWEST || score > SurveyElement.HIGHEST) {
                    throw new IllegalArgumentException("score out of 1..4: " + element + "=" + score);
                }
                copy.put(element, score);
            }
        });
        scores = Collections.unmodifiableMap(copy);
    }

    /** Scores for U1..U9 in order, null for a skipped element. */
    public static SurveyAnswers of(Integer... u1ToU9) {
        EnumMap<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        SurveyElement[] elements = SurveyElement.values();
        for (int i = 0; i < u1ToU9.length; i++) {
            if (u1ToU9[i] != null) {
                scores.put(elements[i], u1ToU9[i]);
            }
        }
        return new SurveyAnswers(scores);
    }

    public Integer score(SurveyElement element) {
        return scores.get(element);
    }
}
