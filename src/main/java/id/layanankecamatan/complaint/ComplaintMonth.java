package id.layanankecamatan.complaint;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A month of complaints (issue 15, Perpres 76/2013: statistics of complaints are published): how many were received,
 * of which type and class, and of those closed in the month how many in time and after how many working days.
 *
 * @param receivedByType  every type, zero included, in {@link ComplaintType} order
 * @param receivedByClass the class set at verification of those received in the month; "BELUM" for not classified
 *                        yet (or forwarded, incomplete)
 * @param onTimePercent   null with none closed
 * @param averageWorkingDaysToClose mean over those closed, rounded half-up to one decimal; null with none closed
 */
public record ComplaintMonth(String month, int received, Map<String, Integer> receivedByType,
                             Map<String, Integer> receivedByClass, int closed, int closedOnTime,
                             Integer onTimePercent, BigDecimal averageWorkingDaysToClose) {

    /** The key of {@link #receivedByClass} for complaints without a class. */
    public static final String UNCLASSIFIED = "BELUM";
}
