package id.layanankecamatan.complaint;

/**
 * The class set at verification and its handling deadline in working days, counted from the classification
 * (PermenPAN-RB 62/2018, DOMAIN-REVIEW §7).
 */
public enum ComplaintClass {
    RINGAN("Informasi/ringan", 5),
    TANPA_PEMERIKSAAN_LAPANGAN("Tanpa pemeriksaan lapangan", 14),
    DENGAN_PEMERIKSAAN_LAPANGAN("Dengan pemeriksaan lapangan", 60);

    private final String label;
    private final int workingDays;

    ComplaintClass(String label, int workingDays) {
        this.label = label;
        this.workingDays = workingDays;
    }

    public String label() {
        return label;
    }

    public int workingDays() {
        return workingDays;
    }
}
