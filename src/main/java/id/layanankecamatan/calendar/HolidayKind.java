package id.layanankecamatan.calendar;

/** Where a day off comes from. */
public enum HolidayKind {
    /** Hari libur nasional, set yearly by the joint decree of three ministers (SKB 3 Menteri). */
    NATIONAL("Libur nasional"),
    /** Cuti bersama for civil servants, set by the same decree. */
    CUTI_BERSAMA("Cuti bersama"),
    /** A regional holiday or office closure decided locally (e.g. by the mayor or regent). */
    LOCAL("Libur daerah");

    private final String label;

    HolidayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
