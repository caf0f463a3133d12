package id.layanankecamatan.complaint;

/** Where a complaint stands, in the words the complainant reads when tracking it. */
public enum ComplaintStatus {
    /** Received, waiting for verification (at most 3 working days). */
    DITERIMA("Diterima, menunggu verifikasi", false),
    /** The complainant was asked to complete it (30 days, then closed). */
    PERLU_DILENGKAPI("Perlu dilengkapi", false),
    /** Outside the kecamatan's authority: forwarded (SP4N-LAPOR!) with a note. */
    DITERUSKAN("Diteruskan ke instansi berwenang", true),
    /** Verified and classified; the office is following it up. */
    DITINDAKLANJUTI("Sedang ditindaklanjuti", false),
    /** The written reply was sent; the complainant may answer "belum selesai" once. */
    SELESAI("Selesai, jawaban telah dikirim", false),
    /** Reopened once after "belum selesai". */
    DIBUKA_KEMBALI("Dibuka kembali", false),
    DITUTUP("Ditutup", true);

    private final String label;
    private final boolean ended;

    ComplaintStatus(String label, boolean ended) {
        this.label = label;
        this.ended = ended;
    }

    public String label() {
        return label;
    }

    public boolean ended() {
        return ended;
    }
}
