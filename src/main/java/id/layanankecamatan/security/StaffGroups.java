package id.layanankecamatan.security;

/** Camunda groups of the office staff; candidate groups in the BPMN use the same ids. */
public final class StaffGroups {

    public static final String FRONT_OFFICE = "front-office";
    public static final String CAMAT = "camat";
    public static final String SEKCAM = "sekcam";
    public static final String ADMIN = "camunda-admin";

    private StaffGroups() {
    }
}
