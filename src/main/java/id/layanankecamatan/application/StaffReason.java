package id.layanankecamatan.application;

import java.util.Optional;

/** A reason an officer must give (revoking a letter, extending a deadline): written out, 10 to 1000 characters. */
public final class StaffReason {

    private static final int MIN = 10;
    private static final int MAX = 1000;

    private StaffReason() {
    }

    /** The trimmed reason, or empty when it is too short or too long to be kept. */
    public static Optional<String> of(String typed) {
        String reason = typed == null ? "" : typed.strip();
        return reason.length() >= MIN && reason.length() <= MAX ? Optional.of(reason) : Optional.empty();
    }
}
