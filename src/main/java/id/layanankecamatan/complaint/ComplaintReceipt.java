package id.layanankecamatan.complaint;

/** What the complainant keeps: the number and the tracking code that opens the complaint to them. */
public record ComplaintReceipt(String complaintNumber, String trackingCode, ComplaintStatus status, String typeLabel) {
}
