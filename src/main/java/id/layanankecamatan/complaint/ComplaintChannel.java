package id.layanankecamatan.complaint;

/** How the complaint reached the office; every channel but the portal is entered by staff. */
public enum ComplaintChannel {
    PORTAL("Portal layanan"),
    LOKET("Loket"),
    TELEPON("Telepon"),
    WHATSAPP("WhatsApp"),
    EMAIL("E-mail"),
    KOTAK_SARAN("Kotak saran");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean enteredByStaff() {
        return this != PORTAL;
    }
}
