package id.layanankecamatan.complaint;

import id.layanankecamatan.api.NotFoundProblem;

/** Unknown number or wrong tracking code: deliberately the same answer, so numbers cannot be probed. */
public class ComplaintNotFoundException extends NotFoundProblem {

    static final String MESSAGE = "Pengaduan tidak ditemukan. Periksa nomor pengaduan dan kode lacak Anda.";

    public ComplaintNotFoundException() {
        super("Tidak ditemukan", MESSAGE);
    }
}
