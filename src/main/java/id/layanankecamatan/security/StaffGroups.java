package id.layanankecamatan.security;

/** Camunda groups of the office staff; candidate groups in the BPMN use the same ids. */
public final class StaffGroups {

    public static final String FRONT_OFFICE = "front-office";
    public static final String CAMAT = "camat";
    public static final String SEKCAM = "sekcam";
    public static final String KASI_KESOS = "kasi-kesos";
    public static final String KASI_EKBANG = "kasi-ekbang";
    public static final String ADMIN = "camunda-admin";

    /** Every office group: each may open Tasklist and the staff pages. */
    public static final java.util.List<String> OFFICE = java.util.List.of(FRONT_OFFICE, CAMAT, SEKCAM, KASI_KESOS,
            KASI_EKBANG);

    /** Every office group and the administrators: who may open the staff pages. */
    public static final java.util.Set<String> STAFF = staff();

    private static java.util.Set<String> staff() {
        java.util.Set<String> groups = new java.util.HashSet<>(OFFICE);
        groups.add(ADMIN);
        return java.util.Set.copyOf(groups);
    }

    private StaffGroups() {
    }
}
