package id.layanankecamatan.application;

/** Where an application stands, as the citizen reads it on the tracking page. */
public enum ApplicationStatus {
    SUBMITTED("Menunggu verifikasi berkas"),
    RETURNED("Dikembalikan untuk perbaikan"),
    VERIFIED("Berkas lengkap, menunggu tanda tangan camat"),
    ISSUED("Selesai: surat telah terbit"),
    REJECTED("Ditolak"),
    CLOSED("Ditutup: tidak diperbaiki dalam batas waktu"),
    CANCELLED("Dibatalkan oleh pemohon");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == ISSUED || this == REJECTED || this == CLOSED || this == CANCELLED;
    }

    /** The citizen may withdraw until the letter is signed. */
    public boolean isCancellable() {
        return this == SUBMITTED || this == RETURNED || this == VERIFIED;
    }
}
