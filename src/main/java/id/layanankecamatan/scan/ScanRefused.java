package id.layanankecamatan.scan;

/** A photo that cannot be stored, with the reason in Indonesian for the citizen. */
public class ScanRefused extends RuntimeException {

    public ScanRefused(String message) {
        super(message);
    }

    public ScanRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
