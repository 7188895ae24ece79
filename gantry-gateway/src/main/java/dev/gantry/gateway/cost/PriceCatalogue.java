package dev.gantry.gateway.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prices by provider and model. The catalogue shipped in the jar ({@code prices.json}, versioned) is keyed
 * by provider type ("openai:gpt-4o-mini"); config overrides are keyed by provider name or type and win.
 * Dated model names ("gpt-4o-mini-2024-07-18", "claude-sonnet-4-5-20250929") fall back to their base name.
 */
public final class PriceCatalogue {
    private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$");
    private final String version;
    private final Map<String, Price> prices;
    /** The share of the price a provider's batch API takes off (0.5 = half price), by provider name or type. */
    private final Map<String, BigDecimal> batchDiscounts;

    private PriceCatalogue(String version, Map<String, Price> prices, Map<String, BigDecimal> batchDiscounts) {
        this.version = version;
        this.prices = prices;
        this.batchDiscounts = batchDiscounts;
    }

    public static PriceCatalogue shipped() {
        try (InputStream in = PriceCatalogue.class.getResourceAsStream("prices.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Price> map = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("models").fields(); it.hasNext(); ) {
                var e = it.next();
                map.put(e.getKey(), parse(e.getValue()));
            }
            Map<String, BigDecimal> discounts = new HashMap<>();
            root.path("batch-discounts").fields().forEachRemaining(e -> discounts.put(e.getKey(), new BigDecimal(e.getValue().asText())));
            return new PriceCatalogue(root.get("version").asText(), map, Map.copyOf(discounts));
        } catch (IOException e) {
            throw new UncheckedIOException("the price catalogue in the jar is unreadable", e);
        }
    }

    private static Price parse(JsonNode n) {
        return new Price(dec(n, "input"), dec(n, "cached-input"), dec(n, "cache-write"), dec(n, "output"),
                dec(n, "reasoning"), n.path("max-output").asInt(0));
    }

    private static BigDecimal dec(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }

    /** A copy with overrides keyed "providerNameOrType:model". */
    public PriceCatalogue withOverrides(Map<String, Price> overrides) {
        Map<String, Price> merged = new HashMap<>(prices);
        merged.putAll(overrides);
        return new PriceCatalogue(version + "+config", merged, batchDiscounts);
    }

    /** A copy with batch discounts keyed by provider name or type (config's {@code prices: [{provider, batch-discount}]}). */
    public PriceCatalogue withBatchDiscounts(Map<String, BigDecimal> overrides) {
        if (overrides.isEmpty()) return this;
        Map<String, BigDecimal> merged = new HashMap<>(batchDiscounts);
        merged.putAll(overrides);
        return new PriceCatalogue(version.endsWith("+config") ? version : version + "+config", prices, Map.copyOf(merged));
    }

    /** The batch API discount of a provider (0.5 = half price): by its name, else its type, else 0. */
    public BigDecimal batchDiscount(String providerName, String providerType) {
        BigDecimal d = batchDiscounts.get(providerName);
        if (d == null) d = batchDiscounts.get(providerType);
        return d == null ? BigDecimal.ZERO : d;
    }

    public String version() {
        return version;
    }

    /** @return the price, or null when neither the provider's name nor its type has one for this model */
    public Price find(String providerName, String providerType, String model) {
        Price p = exact(providerName, providerType, model);
        if (p != null) return p;
        String base = DATE_SUFFIX.matcher(model).replaceFirst("");
        return base.equals(model) ? null : exact(providerName, providerType, base);
    }

    private Price exact(String providerName, String providerType, String model) {
        Price p = prices.get(providerName + ":" + model);
        return p != null ? p : prices.get(providerType + ":" + model);
    }
}
