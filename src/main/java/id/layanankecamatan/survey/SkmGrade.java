package id.layanankecamatan.survey;

import java.math.BigDecimal;

/**
 * Mutu pelayanan from the converted IKM (25–100), PermenPAN-RB 14/2017: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D.
 * The interval column of the regulation (1–4) has gaps (3.064 … 3.0644), so only the converted value is graded.
 */
public enum SkmGrade {
    A("Sangat baik", "88.31"),
    B("Baik", "76.61"),
    C("Kurang baik", "65.00"),
    D("Tidak baik", "0");

    private final String performance;
    private final BigDecimal floor;

    SkmGrade(String performance, String floor) {
        this.performance = performance;
        this.floor = new BigDecimal(floor);
    }

    /** Kinerja unit pelayanan, as the regulation words it. */
    public String performance() {
        return performance;
    }

    /**
     * Graded on the converted value as printed (2 decimals, half-up), not on the unrounded one: a reader who sees
     * 88.31 next to "B" could not check it, so 88.3050 (printed 88.31) is an A.
     */
    public static SkmGrade ofPrinted(BigDecimal printedConverted) {
        for (SkmGrade grade : values()) {
            if (printedConverted.compareTo(grade.floor) >= 0) {
                return grade;
            }
        }
        return D;
    }
}
