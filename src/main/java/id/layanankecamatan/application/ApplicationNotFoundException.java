package id.layanankecamatan.application;

import id.layanankecamatan.api.NotFoundProblem;

/** Unknown number or wrong tracking code: deliberately the same answer, so numbers cannot be probed. */
public class ApplicationNotFoundException extends NotFoundProblem {

    public ApplicationNotFoundException() {
        super("Tidak ditemukan", "Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.");
    }
}
