package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.gateway.cost.PriceCatalogue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchConfigTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    private GantryConfig load(String extra) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, """
                providers:
                  - {name: oai, type: openai, base-url: https://api.openai.com/v1}
                  - {name: vllm, type: openai, base-url: http://localhost:8000/v1}
                  - {name: az, type: openai, base-url: https://x.openai.azure.com, azure: true}
                  - {name: ant, type: anthropic}
                  - {name: gem, type: gemini}
                models: [{name: m, targets: [{provider: oai, model: gpt-4o-mini}]}]
                """ + extra);
        return loader.load(f);
    }

    private static ProviderSettings provider(GantryConfig c, String name) {
        return c.providers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void by_default_anthropic_and_openai_itself_have_batch_apis_and_openai_compatible_servers_do_not() throws IOException {
        GantryConfig c = load("");
        assertThat(c.batches().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.batches().uses(provider(c, "oai"))).isTrue();
        assertThat(c.batches().uses(provider(c, "ant"))).isTrue();
        assertThat(c.batches().uses(provider(c, "vllm"))).isFalse();
        assertThat(c.batches().uses(provider(c, "az"))).isFalse();
        assertThat(c.batches().uses(provider(c, "gem"))).isFalse();
    }

    @Test
    void an_explicit_provider_list_and_poll_interval_replace_the_defaults() throws IOException {
        GantryConfig c = load("batches: {poll-interval: 2m, providers: [vllm]}\n");
        assertThat(c.batches().pollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.batches().uses(provider(c, "vllm"))).isTrue();
        assertThat(c.batches().uses(provider(c, "oai"))).isFalse();
    }

    @Test
    void a_batch_discount_entry_under_prices_overrides_the_catalogue_for_that_provider() throws IOException {
        GantryConfig c = load("prices:\n  - {provider: oai, batch-discount: 0.4}\n"
                + "  - {provider: oai, model: gpt-4o-mini, input: 0.1, output: 0.2}\n");
        assertThat(c.batches().discounts()).containsEntry("oai", new BigDecimal("0.4"));
        assertThat(c.prices()).containsKey("oai:gpt-4o-mini");
        PriceCatalogue prices = PriceCatalogue.shipped().withBatchDiscounts(c.batches().discounts());
        assertThat(prices.batchDiscount("oai", "openai")).isEqualByComparingTo("0.4");
        assertThat(prices.batchDiscount("ant", "anthropic")).isEqualByComparingTo("0.5");
        assertThat(prices.batchDiscount("gem", "gemini")).isEqualByComparingTo("0");
    }

    @Test
    void bad_batch_settings_are_named_with_the_rule_and_the_fix() {
        assertThatThrownBy(() -> load("prices: [{provider: oai, batch-discount: 1.5}, {provider: ant, model: x, batch-discount: 0.5}]\n"
                + "batches: {poll-interval: 0s, providers: [nope, gem, az], poll: 1}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("batch-discount", "below 1", "1.5"))
                        .anySatisfy(p -> assertThat(p).contains("model", "per provider"))
                        .anySatisfy(p -> assertThat(p).contains("poll-interval", "positive"))
                        .anySatisfy(p -> assertThat(p).contains("'nope' is not a configured provider"))
                        .anySatisfy(p -> assertThat(p).contains("'gem' is of type gemini"))
                        .anySatisfy(p -> assertThat(p).contains("'az' is of type openai (Azure)"))
                        .anySatisfy(p -> assertThat(p).contains("poll", "unknown key")));
    }
}
