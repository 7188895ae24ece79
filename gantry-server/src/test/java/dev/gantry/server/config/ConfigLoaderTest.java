package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.limits.BudgetPeriod;
import dev.gantry.gateway.route.Balance;
import dev.gantry.gateway.route.ModelRoute;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test", "ADMIN", "adm")::get);

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void should_read_the_issue_example_with_every_policy() throws IOException {
        GantryConfig c = loader.load(write("""
                admin-key: ${ADMIN}
                providers:
                  - {name: oai, type: openai, base-url: https://api.openai.com/v1, api-key: ${OPENAI_API_KEY}}
                  - {name: local, type: openai, base-url: http://localhost:8000/v1}
                models:
                  - name: chat
                    targets: [{provider: oai, model: gpt-4o-mini, weight: 3}, {provider: local, model: qwen2.5, weight: 1}]
                    balance: least-in-flight
                    fallbacks: [chat-backup]
                    timeouts: {connect: 2s, first-token: 10s, total: 120s}
                    retry: {attempts: 3, backoff: 200ms, max-backoff: 5s}
                    circuit-breaker: {failure-rate: 50%, window: 20, open-for: 30s}
                  - name: chat-backup
                    targets: [{provider: local, model: qwen2.5}]
                keys:
                  - {name: team-a, key-hash: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, models: [chat], rpm: 600, tpm: 200000, budget: {usd: 50, per: month}}
                prices:
                  - {provider: local, model: qwen2.5, input: 0, output: 0}
                """));
        assertThat(c.adminKey()).isEqualTo("adm");
        assertThat(c.providers().get(0).apiKey()).isEqualTo("sk-test");
        ModelRoute chat = c.models().get(0);
        assertThat(chat.targets()).hasSize(2);
        assertThat(chat.balance()).isEqualTo(Balance.LEAST_IN_FLIGHT);
        assertThat(chat.timeouts().firstToken()).isEqualTo(Duration.ofSeconds(10));
        assertThat(chat.retry().attempts()).isEqualTo(3);
        assertThat(chat.breaker().window()).isEqualTo(20);
        assertThat(c.keys().get(0).budget().usd()).isEqualByComparingTo(BigDecimal.valueOf(50));
        assertThat(c.keys().get(0).budget().period()).isEqualTo(BudgetPeriod.MONTH);
        assertThat(c.prices()).containsKey("local:qwen2.5");
    }

    @Test
    void should_report_every_problem_with_its_path_and_fix() throws IOException {
        assertThatThrownBy(() -> loader.load(write("""
                providers:
                  - {name: oai, type: openia, api-key: sk-inline, colour: blue}
                models:
                  - name: chat
                    targets: [{provider: nope, model: x}]
                    fallbacks: [missing]
                    timeouts: {total: two minutes}
                keys:
                  - {name: k, key-hash: abc}
                """)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                        .contains("providers[0].type", "'openia' is not one of"))
                        .anySatisfy(p -> assertThat(p).contains("providers[0].api-key", "${ENV_NAME}"))
                        .anySatisfy(p -> assertThat(p).contains("providers[0].colour", "unknown key", "allowed here"))
                        .anySatisfy(p -> assertThat(p).contains("provider 'nope' is not configured"))
                        .anySatisfy(p -> assertThat(p).contains("'missing' is not a configured model"))
                        .anySatisfy(p -> assertThat(p).contains("models[0].timeouts.total", "200ms, 2s"))
                        .anySatisfy(p -> assertThat(p).contains("keys[0].key-hash", "gantry keys hash")));
    }

    @Test
    void should_name_a_missing_environment_variable() throws IOException {
        assertThatThrownBy(() -> loader.load(write("""
                providers:
                  - {name: ant, type: anthropic, api-key: ${ANTHROPIC_API_KEY}}
                """))).hasMessageContaining("${ANTHROPIC_API_KEY}, which is not set");
    }

    @Test
    void should_name_the_allowed_upstream_clients() throws IOException {
        assertThatThrownBy(() -> loader.load(write("server: {upstream-client: netty}\n")))
                .hasMessageContaining("server.upstream-client").hasMessageContaining("'netty' is not one of helidon, jdk");
        assertThat(loader.load(write("server: {upstream-client: jdk}\n")).server().upstreamClient()).isEqualTo("jdk");
    }

    @Test
    void should_reject_an_unknown_top_level_key() throws IOException {
        assertThatThrownBy(() -> loader.load(write("modles: []\n")))
                .hasMessageContaining("modles: unknown key; allowed here:").hasMessageContaining("models");
    }

    @Test
    void should_build_the_embedded_default_from_the_environment() {
        GantryConfig c = loader.embeddedDefault();
        assertThat(c.server().host()).isEqualTo("127.0.0.1");
        assertThat(c.providers()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("openai"));
        assertThat(c.models()).extracting(ModelRoute::alias).contains("gpt-*", "*");
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("OPENAI_API_KEY"));
    }

    @Test
    void should_explain_how_to_add_a_provider_when_none_is_found() {
        GantryConfig c = new ConfigLoader(k -> null).embeddedDefault();
        assertThat(c.providers()).isEmpty();
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("OPENAI_API_KEY", "--config"));
    }

    @Test
    void should_quote_whole_value_env_references_so_flow_mappings_parse() {
        assertThat(ConfigLoader.quoteEnvReferences("- {name: a, api-key: ${K}}\nadmin-key: ${A:-x} # c\nurl: http://${H}:80\n"))
                .isEqualTo("- {name: a, api-key: \"${K}\"}\nadmin-key: \"${A:-x}\" # c\nurl: http://${H}:80\n");
    }

    @Test
    void should_read_guard_policies_and_where_they_apply() throws IOException {
        GantryConfig c = loader.load(write("""
                providers: [{name: oai, type: openai, api-key: "${OPENAI_API_KEY}"}]
                models: [{name: chat, targets: [{provider: oai, model: gpt-4o-mini}]}]
                guards:
                  window: 32
                  policies:
                    strict:
                      input:
                        - {detector: injection, action: block, min-score: 0.8}
                        - {detector: pii, action: pseudonymize, types: [EMAIL_ADDRESS, PHONE_NUMBER]}
                      output: [{detector: pii, action: redact}, {detector: "deny:rivals", action: redact}]
                  deny-lists: {rivals: [Acme Corp, Globex]}
                  remote-classifiers:
                    injection: {url: "http://tei:8080/predict", label: INJECTION, timeout: 300ms}
                  models: {chat: strict}
                  keys: {team-a: strict}
                """));
        GuardSettings g = c.guards();
        assertThat(g.enabled()).isTrue();
        assertThat(g.failClosed()).isTrue();
        assertThat(g.window()).isEqualTo(32);
        assertThat(g.policies().get("strict").input()).extracting(GuardSettings.Rule::detector).containsExactly("injection", "pii");
        assertThat(g.policies().get("strict").input().get(1).types()).containsExactly("EMAIL_ADDRESS", "PHONE_NUMBER");
        assertThat(g.policies().get("strict").input().get(1).minScore()).isEqualTo(0.0);
        assertThat(g.models()).containsEntry("chat", "strict");
        assertThat(g.keys()).containsEntry("team-a", "strict");
        assertThat(g.denyLists()).containsEntry("rivals", List.of("Acme Corp", "Globex"));
        assertThat(g.remotes().get("injection")).isEqualTo(new GuardSettings.Remote("http://tei:8080/predict",
                "INJECTION", java.time.Duration.ofMillis(300)));
        assertThat(g.policies().get("strict").output().get(1).detector()).isEqualTo("deny:rivals");
        assertThat(loader.load(write("{}\n")).guards().enabled()).isFalse();
    }

    @Test
    void should_name_an_unknown_detector_action_alias_and_policy() throws IOException {
        assertThatThrownBy(() -> loader.load(write("""
                guards:
                  policies:
                    p: {input: [{detector: pi, action: hide, min-score: 2}]}
                    q: {output: [{detector: "deny:nope", action: redact}]}
                  deny-lists: {empty: []}
                  remote-classifiers: {pii: {url: "ftp://x"}}
                  models: {nochat: p}
                  keys: {k: missing}
                """))).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("deny-list 'nope' is not defined"))
                .anySatisfy(p -> assertThat(p).contains("guards.deny-lists.empty", "no terms"))
                .anySatisfy(p -> assertThat(p).contains("'pii' has no remote layer"))
                .anySatisfy(p -> assertThat(p).contains("remote-classifiers.pii.url", "not an http(s) URL"))
                .anySatisfy(p -> assertThat(p).contains("guards.policies.p.input[0].detector", "'pi' is not one of"))
                .anySatisfy(p -> assertThat(p).contains("input[0].action", "'hide' is not one of"))
                .anySatisfy(p -> assertThat(p).contains("min-score", "not between 0 and 1"))
                .anySatisfy(p -> assertThat(p).contains("guards.models", "'nochat' is not a model alias"))
                .anySatisfy(p -> assertThat(p).contains("guards.keys", "policy 'missing' is not defined")));
    }

    @Test
    void should_read_a_models_output_schema_and_refuse_one_that_does_not_compile() throws IOException {
        var routes = loader.load(write("""
                providers: [{name: oai, type: openai, api-key: ${OPENAI_API_KEY}}]
                models:
                  - name: ticket
                    targets: [{provider: oai, model: gpt-4o-mini}]
                    output-schema:
                      name: ticket
                      schema: {type: object, required: [title], properties: {title: {type: string}}}
                """)).models();
        assertThat(routes.get(0).outputSchema().name()).isEqualTo("ticket");
        assertThat(routes.get(0).outputSchema().schema()).containsEntry("required", List.of("title"));
        assertThat(routes.get(0).outputSchema().strict()).isTrue();

        assertThatThrownBy(() -> loader.load(write("""
                providers: [{name: oai, type: openai, api-key: ${OPENAI_API_KEY}}]
                models:
                  - name: a
                    targets: [{provider: oai, model: m}]
                    output-schema: {name: broken, schema: {type: string, pattern: "["}}
                  - name: b
                    targets: [{provider: oai, model: m}]
                    output-schema: {schema: {type: object}, extra: 1}
                """))).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("models[0].output-schema.schema", "cannot be compiled"))
                .anySatisfy(p -> assertThat(p).contains("models[1].output-schema.name"))
                .anySatisfy(p -> assertThat(p).contains("models[1].output-schema.extra", "unknown key")));
    }

    @Test
    void should_give_retrieved_sources_the_input_rules_unless_a_policy_names_its_own() throws IOException {
        var policies = loader.load(write("""
                guards:
                  policies:
                    same: {input: [{detector: injection, action: block}]}
                    own:
                      input: [{detector: injection, action: block}]
                      sources: [{detector: pii, action: redact}]
                """)).guards().policies();
        assertThat(policies.get("same").sources()).isEqualTo(policies.get("same").input());
        assertThat(policies.get("own").sources()).singleElement().satisfies(r -> assertThat(r.detector()).isEqualTo("pii"));
    }

    @Test
    void should_read_the_harmful_embedding_layer_off_by_default() throws IOException {
        String policies = "  policies: {default: {input: [{detector: harmful, action: block}]}}\n";
        assertThat(loader.load(write("guards:\n" + policies)).guards().harmfulEmbedding()).isFalse();
        assertThat(loader.load(write("guards:\n  harmful-embedding: true\n" + policies)).guards().harmfulEmbedding()).isTrue();
    }

    @Test
    void should_read_the_guard_judge_and_name_an_unknown_judge_model() throws IOException {
        var judge = loader.load(write("""
                providers: [{name: oai, type: openai, api-key: ${OPENAI_API_KEY}}]
                models: [{name: small, targets: [{provider: oai, model: gpt-4o-mini}]}]
                guards:
                  judge: {model: small, from: 0.2, timeout: 2s}
                  policies: {default: {input: [{detector: harmful, action: block}]}}
                """)).guards().judge();
        assertThat(judge).isEqualTo(new GuardSettings.Judge("small", 0.2, java.time.Duration.ofSeconds(2)));

        assertThatThrownBy(() -> loader.load(write("""
                guards:
                  judge: {model: nope, from: 2}
                """))).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("guards.judge.model", "'nope' is not a model alias"))
                .anySatisfy(p -> assertThat(p).contains("guards.judge.from", "not between 0 and 1")));
    }
}
