package id.layanankecamatan.security;

/**
 * The staff member a request acts for, as a request attribute for our staff controllers
 * ({@code @RequestAttribute(StaffUser.ATTRIBUTE) String user}). Set by {@link SecurityConfiguration} once the
 * request is authenticated and allowed; a controller never sees a request without it.
 */
public final class StaffUser {

    public static final String ATTRIBUTE = "staffUser";

    private StaffUser() {
    }
}
