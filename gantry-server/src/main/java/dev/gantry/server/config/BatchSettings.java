package dev.gantry.server.config;

import java.math.BigDecimal;
import java.time.Duration;
import dev.gantry.core.provider.ProviderSettings;
import java.util.List;
import java.util.Map;

/**
 * Provider batch APIs ({@code batches:} and {@code batch-discount} entries under {@code prices:}).
 *
 * @param pollInterval how often unfinished batches are polled (default 30s)
 * @param discounts    batch discount by provider name or type, over the catalogue's (openai and anthropic: 0.5)
 * @param providers    the providers whose batch API is used; null = every anthropic provider and every openai
 *                     provider at api.openai.com (an OpenAI-compatible server such as vLLM has no batch API)
 */
public record BatchSettings(Duration pollInterval, Map<String, BigDecimal> discounts, List<String> providers) {
    public static final BatchSettings DEFAULTS = new BatchSettings(Duration.ofSeconds(30), Map.of(), null);

    public BatchSettings {
        discounts = Map.copyOf(discounts);
        providers = providers == null ? null : List.copyOf(providers);
    }

    /** Whether a configured provider's batch API is used. */
    public boolean uses(ProviderSettings p) {
        if (providers != null) return providers.contains(p.name());
        if ("anthropic".equals(p.type())) return true;
        return "openai".equals(p.type()) && !p.azure() && p.baseUrl() != null && p.baseUrl().contains("://api.openai.com");
    }
}
