package id.layanankecamatan.survey;

import java.util.List;
import java.util.Optional;

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat with the model questionnaire's question and its four
 * answers, scored 1 to 4 in this order (PermenPAN-RB 14/2017, Lampiran; DOMAIN-REVIEW §6).
 */
public enum SurveyElement {
    U1("Persyaratan", "Kesesuaian persyaratan pelayanan dengan jenis pelayanannya",
            "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    U2("Sistem, mekanisme, dan prosedur", "Kemudahan prosedur pelayanan",
            "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    U3("Waktu penyelesaian", "Kecepatan waktu pelayanan",
            "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    U4("Biaya/tarif", "Kewajaran biaya/tarif",
            "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    U5("Produk spesifikasi jenis pelayanan", "Kesesuaian produk dengan standar pelayanan",
            "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    U6("Kompetensi pelaksana", "Kompetensi/kemampuan petugas",
            "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    U7("Perilaku pelaksana", "Kesopanan dan keramahan petugas",
            "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    U8("Penanganan pengaduan, saran dan masukan", "Penanganan pengaduan pengguna layanan",
            "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    U9("Sarana dan prasarana", "Kualitas sarana dan prasarana",
            "Buruk", "Cukup", "Baik", "Sangat baik");

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    private final String title;
    private final String question;
    private final List<String> answers;

    SurveyElement(String title, String question, String... answers) {
        this.title = title;
        this.question = question;
        this.answers = List.of(answers);
    }

    public String code() {
        return name();
    }

    /** The element's name (unsur) as the regulation writes it. */
    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    /** The label of score 1..4, at index score − 1. */
    public List<String> answers() {
        return answers;
    }

    public static Optional<SurveyElement> byCode(String code) {
        for (SurveyElement element : values()) {
            if (element.name().equals(code)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
