package id.layanankecamatan.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** The secret a citizen holds to see their application: 10 characters, ~50 bits, easy to read aloud. */
@Component
public class TrackingCodes {

    // no 0/O, 1/I/L: codes are copied from paper receipts and read over the phone
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Constant-time comparison, case-insensitive, ignoring spaces and dashes people type. */
    public static boolean matches(String expected, String given) {
        if (given == null) {
            return false;
        }
        String normalized = given.replaceAll("[\\s-]", "").toUpperCase();
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                normalized.getBytes(StandardCharsets.US_ASCII));
    }
}
