package id.layanankecamatan.application;

/** Unknown number or wrong tracking code: deliberately the same answer, so numbers cannot be probed. */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException() {
        super("Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.");
    }
}
