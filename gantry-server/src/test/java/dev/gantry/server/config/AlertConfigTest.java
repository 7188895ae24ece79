package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.alerts.rule.BudgetRule;
import dev.gantry.alerts.rule.CostAnomalyRule;
import dev.gantry.alerts.rule.ErrorRateRule;
import dev.gantry.alerts.rule.LatencyRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertConfigTest {
    private static final String HOOK = "https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX";
    private static final String MODELS = """
            providers:
              - {name: oai, type: openai, api-key: ${OPENAI_API_KEY}}
            models:
              - {name: chat, targets: [{provider: oai, model: gpt-4o-mini}]}
            """;

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test", "SLACK_WEBHOOK_URL", HOOK,
            "NOT_A_URL", "hooks.slack.com/XXXXsecretXXXX")::get);

    private GantryConfig load(String alerts) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, MODELS + alerts);
        return loader.load(f);
    }

    private List<String> problems(String alerts) {
        return catchThrowableOfType(ConfigException.class, () -> load(alerts)).problems();
    }

    @Test
    void should_read_the_readme_example() throws IOException {
        AlertSettings a = load("""
                alerts:
                  evaluate-every: 15s
                  resolve-after: 2m
                  delivery: {timeout: 3s, attempts: 4, backoff: 500ms, queue: 100}
                  webhooks:
                    - {name: ops, url: ${SLACK_WEBHOOK_URL}}
                  rules:
                    - {name: team-budget, kind: budget, keys: [team-a], thresholds: [50, 80, 100]}
                    - {name: chat-errors, kind: error-rate, model: chat, above: 5%, window: 5m, min-requests: 20, webhooks: [ops]}
                    - {name: chat-latency, kind: latency, model: chat, percentile: 95, above: 2s, window: 5m, min-requests: 20}
                    - {name: spend-spike, kind: cost-anomaly, window: 1h, trailing: 24h, factor: 3, min-cost: 1.00}
                """).alerts();

        assertThat(a.enabled()).isTrue();
        assertThat(a.evaluateEvery()).isEqualTo(Duration.ofSeconds(15));
        assertThat(a.resolveAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(a.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(a.delivery().attempts()).isEqualTo(4);
        assertThat(a.delivery().backoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(a.delivery().queue()).isEqualTo(100);
        assertThat(a.webhooks()).singleElement().satisfies(w -> {
            assertThat(w.url()).isEqualTo(HOOK);
            assertThat(w.toString()).doesNotContain("XXXXsecretXXXX");
        });
        assertThat(a.rules()).containsExactly(
                new BudgetRule("team-budget", List.of("team-a"), List.of(50, 80, 100), List.of()),
                new ErrorRateRule("chat-errors", "chat", 5, Duration.ofMinutes(5), 20, List.of("ops")),
                new LatencyRule("chat-latency", "chat", 95, Duration.ofSeconds(2), Duration.ofMinutes(5), 20, List.of()),
                new CostAnomalyRule("spend-spike", null, Duration.ofHours(1), Duration.ofHours(24), 3, new BigDecimal("1.0"), List.of()));
    }

    @Test
    void should_leave_alerts_off_without_the_section() throws IOException {
        assertThat(load("").alerts().enabled()).isFalse();
    }

    @Test
    void should_report_every_mistake_with_its_path_and_fix() {
        List<String> problems = problems("""
                alerts:
                  evaluate-every: 0s
                  webhooks:
                    - {name: ops, url: https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX}
                    - {name: bad, url: ${NOT_A_URL}}
                  rules:
                    - {name: a, kind: error-rate, model: nope, above: 5%}
                    - {name: a, kind: latency, model: chat}
                    - {name: c, kind: budget, thresholds: [0, x]}
                    - {name: d, kind: cost-anomaly, window: 2h, trailing: 1h, factor: 1}
                    - {name: e, kind: slowness, webhooks: [pager]}
                    - {name: f, kind: error-rate, model: chat, above: 5%, percentile: 99}
                """);

        assertThat(problems).contains(
                "alerts.evaluate-every: must be longer than 0",
                "alerts.webhooks[0].url: write the secret as ${ENV_NAME} and set that environment variable; secrets are never inline in the config",
                "alerts.webhooks[1].url: the value of the environment variable is not an http(s) URL",
                "alerts.rules[0].model: 'nope' is not a model alias; aliases: [chat]",
                "alerts.rules[1].name: 'a' is used by two rules",
                "alerts.rules[1].above: is required: the latency that fires the alert, e.g. 2s",
                "alerts.rules[2].thresholds: 0 is not a percent between 1 and 1000",
                "alerts.rules[2].thresholds: 'x' is not a whole percent; write e.g. [50, 80, 100]",
                "alerts.rules[3].trailing: must be at least the window (120 minutes); e.g. window: 1h, trailing: 24h",
                "alerts.rules[3].factor: is 1.0; it must be above 1 (3 means three times the usual spend)",
                "alerts.rules[4].kind: 'slowness' is not one of budget, error-rate, latency, cost-anomaly",
                "alerts.rules[4].webhooks: 'pager' is not defined under alerts.webhooks; defined: [bad]");
        assertThat(problems).anyMatch(p -> p.startsWith("alerts.rules[5].percentile: unknown key; allowed here: "));
        assertThat(String.join("\n", problems)).doesNotContain("XXXXsecretXXXX");
    }

    @Test
    void should_ask_for_rules_and_for_the_webhook_url() {
        assertThat(problems("""
                alerts:
                  webhooks: [{name: ops}]
                """)).contains("alerts.rules: add at least one rule, e.g. {name: chat-errors, kind: error-rate, model: chat, above: 5%}",
                "alerts.webhooks[0].url: is required: the webhook's URL, written as ${ENV_NAME} (it is a secret)");
    }
}
