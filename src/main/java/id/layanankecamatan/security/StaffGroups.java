package id.layanankecamatan.security;

/** Camunda groups of the office staff; candidate groups in the BPMN use the same ids. */
public final class StaffGroups {

    public static final String FRONT_OFFICE = "front-office";
    public static final String CAMAT = "camat";
    public static final String SEKCAM = "sekcam";
    public static final String KASI_KESOS = "kasi-kesos";
    public static final String KASI_EKBANG = "kasi-ekbang";
    public static final String KASI_PEMERINTAHAN = "kasi-pemerintahan";
    public static final String KASI_TRANTIB = "kasi-trantib";
    public static final String ADMIN = "camunda-admin";
    /** Scrapes /actuator/prometheus and nothing else; the office puts its Prometheus account here (README). */
    public static final String MONITORING = "monitoring";
    /** Handles complaints (Perpres 76/2013: a dedicated post, separate from the front office); the camat sees all. */
    public static final String COMPLAINTS = "pengelola-pengaduan";

    /**
     * The groups the code itself names; the catalogue lists these and any the office adds, and every one of them may
     * open the staff pages.
     */
    public static final java.util.List<String> OFFICE = java.util.List.of(FRONT_OFFICE, CAMAT, SEKCAM, KASI_KESOS,
            KASI_EKBANG, KASI_PEMERINTAHAN, KASI_TRANTIB, COMPLAINTS);

    private StaffGroups() {
    }
}
