package id.layanankecamatan.application;

/**
 * An idempotency key that is still live was sent with another request than the one it first came with. Says
 * nothing about that earlier request; nothing has been stored.
 */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("Kunci idempotensi ini sudah dipakai untuk permintaan lain.");
    }
}
