package dev.gantry.gateway.cache;

import dev.gantry.core.error.GantryException;
import java.util.Locale;

/**
 * What a client lets the response caches do with its request: {@code x-gantry-cache: no-cache} (or Cache-Control
 * no-cache) asks for a fresh answer that may then be kept; {@code no-store} (or Cache-Control no-store) keeps the
 * caches out of the request altogether.
 */
public enum CacheDirective {
    USE, REFRESH, BYPASS;

    public static final String HEADER = "x-gantry-cache";

    /**
     * @param gantry       the x-gantry-cache request header, or null
     * @param cacheControl the Cache-Control request header, or null
     */
    public static CacheDirective of(String gantry, String cacheControl) {
        if (gantry != null) {
            return switch (gantry.trim().toLowerCase(Locale.ROOT)) {
                case "no-cache" -> REFRESH;
                case "no-store" -> BYPASS;
                default -> throw GantryException.invalid(HEADER, "header " + HEADER + " '" + gantry + "' is not one of "
                        + "no-cache (skip the cached answer, keep the new one) or no-store (no cache at all); leave it "
                        + "out to use the caches");
            };
        }
        if (cacheControl == null) return USE;
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        if (cc.contains("no-store")) return BYPASS;
        return cc.contains("no-cache") ? REFRESH : USE;
    }
}
