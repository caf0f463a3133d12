package id.layanankecamatan.complaint;

/** What the complainant brings (DOMAIN-REVIEW §7): all three follow the same procedure and deadlines. */
public enum ComplaintType {
    PENGADUAN("Pengaduan"),
    SARAN("Saran/masukan"),
    INFORMASI("Permintaan informasi");

    private final String label;

    ComplaintType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
