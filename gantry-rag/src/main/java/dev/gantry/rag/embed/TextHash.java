package dev.gantry.rag.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text as lowercase hex: the content hash of chunks and documents. */
public final class TextHash {
    private TextHash() {
    }

    public static String of(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0); // separator: ("ab","c") and ("a","bc") differ
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
