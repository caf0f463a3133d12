package id.layanankecamatan.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Krejcie &amp; Morgan (1970), the table PermenPAN-RB 14/2017 refers to: s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)),
 * χ² = 3.841 (1 degree of freedom, 95 %), P = 0.5, d = 0.05, rounded half-up (100 → 80, 1 000 → 278).
 */
public final class SampleSize {

    /** The table's last row: 384 for every population from 100 000 (the formula's limit, 384.1). */
    static final long TABLE_END = 100_000;
    private static final BigDecimal CHI_SQUARE_PQ = new BigDecimal("3.841").multiply(new BigDecimal("0.25"));
    private static final BigDecimal D_SQUARE = new BigDecimal("0.0025");

    private SampleSize() {
    }

    /** Respondents needed for {@code population} users of the service in the period. */
    public static long required(long population) {
        if (population <= 0) {
            return 0;
        }
        if (population >= TABLE_END) {
            return 384;
        }
        BigDecimal numerator = CHI_SQUARE_PQ.multiply(BigDecimal.valueOf(population));
        BigDecimal denominator = D_SQUARE.multiply(BigDecimal.valueOf(population - 1)).add(CHI_SQUARE_PQ);
        // the operands are exact decimals; 12 digits are far more than a half-up to the unit can need
        return numerator.divide(denominator, 12, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
