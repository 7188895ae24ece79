package dev.gantry.gateway;

import dev.gantry.core.chat.Usage;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.cost.PriceCatalogue;
import java.math.BigDecimal;
import java.util.Map;

/** Prices calls by the provider that served them: exact after the call, worst case before it. */
public final class CostCalculator {
    /** Reserved output when neither max_tokens nor the catalogue bounds it. */
    public static final int DEFAULT_MAX_OUTPUT = 16_384;
    private final PriceCatalogue catalogue;
    private final Map<String, ProviderHandle> providers;

    public CostCalculator(PriceCatalogue catalogue, Map<String, ProviderHandle> providers) {
        this.catalogue = catalogue;
        this.providers = providers;
    }

    /** @return the price, or null when the catalogue and config have none */
    public Price price(String provider, String upstreamModel) {
        ProviderHandle p = providers.get(provider);
        return catalogue.find(provider, p == null ? provider : p.type(), upstreamModel);
    }

    public BigDecimal cost(String provider, String upstreamModel, Usage usage) {
        Price p = price(provider, upstreamModel);
        return p == null || usage == null ? BigDecimal.ZERO : p.cost(usage);
    }

    /** The share a provider's batch API takes off its normal price (0 when it has none). */
    public BigDecimal batchDiscount(String provider) {
        ProviderHandle p = providers.get(provider);
        return catalogue.batchDiscount(provider, p == null ? provider : p.type());
    }

    public PriceCatalogue catalogue() {
        return catalogue;
    }
}
