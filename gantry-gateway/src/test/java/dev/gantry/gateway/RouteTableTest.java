package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.gateway.route.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable table = new RouteTable(List.of(
            ModelRoute.simple("chat", List.of(new Target("oai", "gpt-4o-mini", 1))),
            ModelRoute.simple("claude-*", List.of(new Target("ant", "*", 1))),
            ModelRoute.simple("*", List.of(new Target("oai", "*", 1)))), Set.of("oai", "ant"), true);

    @Test
    void should_prefer_an_exact_alias_then_direct_addressing_then_patterns_in_order() {
        assertThat(table.resolve("chat").alias()).isEqualTo("chat");
        assertThat(table.resolve("ant/claude-x").targets().get(0).provider()).isEqualTo("ant");
        assertThat(table.resolve("claude-sonnet-4-5").alias()).isEqualTo("claude-*");
        assertThat(table.resolve("gpt-5").alias()).isEqualTo("*");
        assertThat(table.aliases()).containsExactly("chat");
    }

    @Test
    void should_pass_the_requested_name_through_a_star_target() {
        Target t = table.resolve("claude-haiku-4-5").targets().get(0);
        assertThat(t.upstreamModel("claude-haiku-4-5")).isEqualTo("claude-haiku-4-5");
    }

    @Test
    void should_explain_how_to_add_a_provider_when_there_is_none() {
        RouteTable empty = new RouteTable(List.of(), Set.of(), true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> empty.resolve("gpt-4o-mini"))
                .isInstanceOfSatisfying(dev.gantry.core.error.GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(dev.gantry.core.error.ErrorKind.NO_PROVIDER);
                    assertThat(e.getMessage()).contains("OPENAI_API_KEY", "--config");
                });
    }
}
