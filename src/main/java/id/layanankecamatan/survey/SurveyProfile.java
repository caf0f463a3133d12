package id.layanankecamatan.survey;

import java.util.Map;

/**
 * The optional, anonymous respondent profile of the model questionnaire: each field takes a code of a fixed list
 * (never free text, which could carry a name), or nothing.
 */
public record SurveyProfile(String age, String gender, String education, String occupation) {

    public static final SurveyProfile NONE = new SurveyProfile(null, null, null, null);

    /** Each field's codes with their Indonesian labels, in the order a form shows them. */
    public static final Map<String, Map<String, String>> CHOICES = Map.of(
            "age", ordered("<20", "Di bawah 20 tahun", "20-29", "20–29 tahun", "30-39", "30–39 tahun",
                    "40-49", "40–49 tahun", "50-59", "50–59 tahun", "60+", "60 tahun ke atas"),
            "gender", ordered("L", "Laki-laki", "P", "Perempuan"),
            "education", ordered("SD", "SD ke bawah", "SMP", "SMP/sederajat", "SMA", "SMA/sederajat",
                    "D1-D3", "D1–D3", "D4-S1", "D4/S1", "S2-S3", "S2/S3"),
            "occupation", ordered("PNS", "PNS/ASN", "TNI-POLRI", "TNI/Polri", "SWASTA", "Pegawai swasta",
                    "WIRAUSAHA", "Wirausaha", "PETANI-NELAYAN", "Petani/nelayan", "PELAJAR", "Pelajar/mahasiswa",
                    "IRT", "Ibu rumah tangga", "LAINNYA", "Lainnya"));

    /** The Indonesian question of each profile field. */
    public static final Map<String, String> LABELS = ordered("age", "Usia", "gender", "Jenis kelamin",
            "education", "Pendidikan terakhir", "occupation", "Pekerjaan utama");

    public static boolean isChoice(String field, String code) {
        Map<String, String> choices = CHOICES.get(field);
        return choices != null && choices.containsKey(code);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
