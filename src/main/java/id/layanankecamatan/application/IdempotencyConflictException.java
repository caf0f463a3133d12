package id.layanankecamatan.application;

import id.layanankecamatan.api.UnprocessableProblem;

/**
 * An idempotency key that is still live was sent with another request than the one it first came with. Says
 * nothing about that earlier request (no number, no code, not even whether it still runs); nothing has been stored.
 */
public class IdempotencyConflictException extends UnprocessableProblem {

    public IdempotencyConflictException() {
        super("Kunci idempotensi sudah dipakai", "Idempotency-Key ini sudah dipakai untuk permintaan lain dalam 24 "
                + "jam terakhir. Gunakan kunci baru untuk setiap permintaan yang berbeda; kirim ulang kunci yang sama "
                + "hanya untuk permintaan yang persis sama.");
    }
}
