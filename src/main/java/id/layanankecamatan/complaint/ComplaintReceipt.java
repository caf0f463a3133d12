package id.layanankecamatan.complaint;

import java.io.Serializable;

/**
 * What the complainant keeps: the number and the tracking code that opens the complaint to them. Serializable: the
 * receipt page finds it in the (database-stored) session.
 */
public record ComplaintReceipt(String complaintNumber, String trackingCode, ComplaintStatus status, String typeLabel)
        implements Serializable {
}
