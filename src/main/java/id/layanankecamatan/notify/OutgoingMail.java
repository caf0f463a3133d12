package id.layanankecamatan.notify;

/** A plain-text mail, optionally with one PDF attached. */
public record OutgoingMail(String to, String subject, String body, String attachmentName, byte[] attachmentPdf) {

    public boolean hasAttachment() {
        return attachmentPdf != null;
    }
}
