package id.layanankecamatan.complaint;

import id.layanankecamatan.api.ConflictProblem;

/** The complaint exists, but its state does not allow the complainant's request (e.g. "belum selesai" twice). */
public class ComplaintStateException extends ConflictProblem {

    public ComplaintStateException(String indonesianMessage) {
        super("Tidak dapat diproses", indonesianMessage);
    }
}
