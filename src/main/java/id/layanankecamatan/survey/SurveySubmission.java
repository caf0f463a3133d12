package id.layanankecamatan.survey;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's answers and profile, checked: elements U1..U9 only, each score a whole number 1–4 or nothing, at
 * least one answer, profile codes from the fixed lists. Anything else is refused whole, with every problem named.
 */
public record SurveySubmission(SurveyAnswers answers, SurveyProfile profile) {

    static final String TITLE = "Isian survei belum benar";

    /**
     * @param answers element code → score; a score is an Integer, a form's text ("3"), or null/blank for skipped
     * @param profile field → code; null or blank for not given
     */
    public static SurveySubmission read(Map<String, ?> answers, Map<String, ?> profile) {
        List<FieldProblem> problems = new ArrayList<>();
        EnumMap<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        if (answers != null) {
            answers.forEach((code, value) -> {
                String field = "answers." + code;
                if (SurveyElement.byCode(code).isEmpty()) {
                    problems.add(new FieldProblem(field, "Unsur tidak dikenal: gunakan U1 sampai U9."));
                    return;
                }
                Integer score = score(value);
                if (score == null && !isBlank(value)) {
                    problems.add(new FieldProblem(field, "Jawaban harus angka bulat 1 sampai 4."));
                } else if (score != null) {
                    scores.put(SurveyElement.valueOf(code), score);
                }
            });
        }
        if (problems.isEmpty() && scores.isEmpty()) {
            problems.add(new FieldProblem("answers", "Jawab paling sedikit satu pertanyaan survei."));
        }
        String[] chosen = new String[4];
        List<String> fields = List.of("age", "gender", "education", "occupation");
        if (profile != null) {
            profile.forEach((field, value) -> {
                int index = fields.indexOf(field);
                if (index < 0) {
                    problems.add(new FieldProblem("profile." + field,
                            "Isian profil tidak dikenal: gunakan age, gender, education atau occupation."));
                } else if (!isBlank(value)) {
                    String code = String.valueOf(value).strip();
                    if (value instanceof String && SurveyProfile.isChoice(field, code)) {
                        chosen[index] = code;
                    } else {
                        problems.add(new FieldProblem("profile." + field, "Pilihan tidak dikenal; pilih salah satu: "
                                + String.join(", ", SurveyProfile.CHOICES.get(field).keySet()) + "."));
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputProblem(TITLE, problems);
        }
        return new SurveySubmission(new SurveyAnswers(scores),
                new SurveyProfile(chosen[0], chosen[1], chosen[2], chosen[3]));
    }

    private static Integer score(Object value) {
        Integer score = null;
        if (value instanceof Integer number) {
            score = number;
        } else if (value instanceof String text && text.strip().matches("[0-9]")) {
            score = Integer.valueOf(text.strip());
        }
        return score != null && score >= SurveyElement.LOWEST && score <= SurveyElement.HIGHEST ? score : null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
