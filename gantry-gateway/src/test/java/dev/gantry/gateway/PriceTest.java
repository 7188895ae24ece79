package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.Usage;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.cost.PriceCatalogue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void should_price_each_token_kind_at_its_own_rate() {
        // claude-sonnet-4-5: $3 in, $0.30 cache read, $3.75 cache write, $15 out per 1M
        Price p = PriceCatalogue.shipped().find("ant", "anthropic", "claude-sonnet-4-5");
        Usage u = new Usage(10_000, 1_000, 6_000, 2_000, 0);
        // 2000 plain in * 3 + 6000 cached * 0.3 + 2000 writes * 3.75 + 1000 out * 15 = 30300 per 1M
        assertThat(p.cost(u)).isEqualByComparingTo("0.0303");
    }

    @Test
    void should_price_reasoning_tokens_inside_output() {
        Price p = new Price(BigDecimal.ONE, null, null, BigDecimal.TEN, new BigDecimal("20"), 0);
        assertThat(p.cost(new Usage(0, 100, 0, 0, 40))).isEqualByComparingTo("0.0014");
    }

    @Test
    void should_find_dated_model_names_and_let_config_override_the_catalogue() {
        PriceCatalogue shipped = PriceCatalogue.shipped();
        assertThat(shipped.find("oai", "openai", "gpt-4o-mini-2024-07-18")).isNotNull();
        assertThat(shipped.find("oai", "openai", "no-such-model")).isNull();
        Price free = new Price(BigDecimal.ZERO, null, null, BigDecimal.ZERO, null, 0);
        PriceCatalogue c = shipped.withOverrides(java.util.Map.of("oai:gpt-4o-mini", free));
        assertThat(c.find("oai", "openai", "gpt-4o-mini")).isEqualTo(free);
        assertThat(c.version()).startsWith(shipped.version());
    }

    @Test
    void should_bound_the_worst_case_by_the_dearest_rates() {
        Price p = new Price(BigDecimal.ONE, new BigDecimal("0.1"), new BigDecimal("1.25"), BigDecimal.TEN, null, 0);
        assertThat(p.worstCase(1_000_000, 100_000)).isEqualByComparingTo("2.25");
    }
}
