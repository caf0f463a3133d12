package id.layanankecamatan.complaint;

/** The fixed periods of the complaint procedure (DOMAIN-REVIEW §7); the class deadlines are in {@link ComplaintClass}. */
public final class ComplaintRules {

    /** Verification (complete? within the kecamatan's authority?) within 3 working days (PermenPAN-RB 62/2018). */
    public static final int VERIFICATION_WORKING_DAYS = 3;
    /** UU 25/2009: a written answer to a written complaint within 14 days at the latest, whatever its class. */
    public static final int ACKNOWLEDGEMENT_DAYS = 14;
    /** An incomplete complaint waits this many days for the complainant, then it is closed. */
    public static final int COMPLETION_DAYS = 30;
    /** After the reply, the complainant may answer "belum selesai" once within this many days. */
    public static final int REOPEN_DAYS = 14;

    private ComplaintRules() {
    }
}
