package dev.gantry.server.http;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.gateway.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin APIs' door: the admin key as a Bearer token when one is configured; open only while the gateway
 * runs without any keys (a local, single-user setup). The key is compared by hash in constant time.
 */
final class AdminGuard {
    private final String api;
    private final String adminKeyHash;
    private final Authenticator auth;

    /** @param api the API's name in error messages: "usage", "audit", "alerts" */
    AdminGuard(String api, String adminKey, Authenticator auth) {
        this.api = api;
        this.adminKeyHash = adminKey == null || adminKey.isBlank() ? null : KeyHashing.sha256(adminKey);
        this.auth = auth;
    }

    void authorize(String credential) {
        if (adminKeyHash == null) {
            if (!auth.required()) return;
            throw new GantryException(ErrorKind.PERMISSION, "the " + api + " API needs an admin key while virtual keys "
                    + "are in use; set admin-key: ${GANTRY_ADMIN_KEY} in the config and send it as a Bearer token");
        }
        byte[] given = credential == null ? new byte[0] : KeyHashing.sha256(credential).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, adminKeyHash.getBytes(StandardCharsets.UTF_8))) {
            throw new GantryException(ErrorKind.AUTHENTICATION, "the " + api
                    + " API needs the admin key as 'Authorization: Bearer <admin-key>'");
        }
    }
}
