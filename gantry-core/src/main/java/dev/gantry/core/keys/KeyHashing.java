package dev.gantry.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** How secrets become stored hashes, and how new secrets are made. */
public final class KeyHashing {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHashing() {
    }

    /** Lower-case hex SHA-256 of the secret. */
    public static String sha256(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A new secret: "gk-" + 40 random hex characters (160 bits). */
    public static String newSecret() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return "gk-" + HexFormat.of().formatHex(b);
    }
}
