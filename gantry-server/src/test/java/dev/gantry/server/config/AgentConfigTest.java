package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.agents.AgentSpec;
import dev.gantry.tools.http.HttpToolSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigTest {
    private static final String MODELS = """
            providers:
              - {name: oai, type: openai, api-key: ${OPENAI_API_KEY}}
            models:
              - {name: chat, targets: [{provider: oai, model: gpt-4o-mini}]}
            """;
    @TempDir
    Path dir;
    private final ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test", "SHOP_TOKEN", "tok-123")::get);

    private GantryConfig load(String yaml) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, MODELS + yaml);
        return loader.load(f);
    }

    private List<String> problems(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> load(yaml)).problems();
    }

    @Test
    void should_read_tools_and_agents() throws IOException {
        AgentSettings a = load("""
                tools:
                  requires-approval: [refund]
                  http:
                    - name: refund
                      description: Refunds an order
                      method: post
                      url: https://shop.example.com/orders/{order}/refund
                      parameters: {type: object, required: [order], properties: {order: {type: string}}}
                      headers: {authorization: "Bearer ${SHOP_TOKEN}"}
                      allowed-hosts: [shop.example.com]
                      timeout: 3s
                      max-response-bytes: 1000
                  mcp:
                    - {name: files, command: [mcp-files, /srv], prefix: files_, timeout: 5s}
                    - {name: remote, url: "https://mcp.example.com/mcp"}
                agents:
                  - {name: support, model: chat, system-prompt: Help., tools: [refund, files_read], max-steps: 5,
                     max-tokens: 9000, max-cost-usd: 0.25, timeout: 1m, tool-timeout: 5s, escalation: false}
                  - {name: plain, model: chat}
                """).agents();

        HttpToolSettings refund = a.httpTools().getFirst();
        assertThat(refund.method()).isEqualTo("POST");
        assertThat(refund.headers()).containsEntry("authorization", "Bearer tok-123");
        assertThat(refund.toString()).doesNotContain("tok-123");
        assertThat(refund.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(a.mcpServers()).extracting(m -> m.stdio()).containsExactly(true, false);
        assertThat(a.requiresApproval()).containsExactly("refund");
        AgentSpec support = a.agents().getFirst();
        assertThat(support.tools()).containsExactly("refund", "files_read");
        assertThat(support.maxSteps()).isEqualTo(5);
        assertThat(support.maxTokens()).isEqualTo(9000);
        assertThat(support.maxCostUsd()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(support.escalation()).isFalse();
        AgentSpec plain = a.agents().get(1);
        assertThat(plain.maxSteps()).isEqualTo(10);
        assertThat(plain.maxCostUsd()).isNull();
        assertThat(plain.escalation()).isTrue();
    }

    @Test
    void should_have_no_agents_without_the_sections() throws IOException {
        assertThat(load("").agents().enabled()).isFalse();
    }

    @Test
    void should_name_each_mistake_with_its_path() {
        assertThat(problems("""
                tools:
                  http:
                    - {name: bad name, description: d, url: "https://{host}/x", allowed-hosts: [a.com], method: FETCH}
                    - {name: nohosts, description: d, url: "https://a.com/x"}
                    - {name: leak, description: d, url: "https://evil.com/x", allowed-hosts: [a.com], retries: 3}
                  mcp:
                    - {name: both, command: [x], url: "http://y/mcp"}
                agents:
                  - {name: a, model: nope, tools: [ghost], max-steps: 0}
                  - {name: a, model: chat, max-cost-usd: 0}
                """)).anySatisfy(p -> assertThat(p).contains("tools.http[0].name: 'bad name' is not a valid tool name"))
                .anySatisfy(p -> assertThat(p).contains("tools.http[0].method: 'FETCH' is not one of"))
                .anySatisfy(p -> assertThat(p).contains("tools.http[1].allowed-hosts: list the hosts"))
                .anySatisfy(p -> assertThat(p).contains("tools.http[2].retries: unknown key"))
                .anySatisfy(p -> assertThat(p).contains("tools.http[2].url:").contains("'evil.com' is not in allowed-hosts"))
                .anySatisfy(p -> assertThat(p).contains("tools.mcp[0].command: give exactly one of command"))
                .anySatisfy(p -> assertThat(p).contains("agents[0].model: 'nope' is not a model alias"))
                .anySatisfy(p -> assertThat(p).contains("agents[0].max-steps"))
                .anySatisfy(p -> assertThat(p).contains("agents[1].name: 'a' is used by two agents"))
                .anySatisfy(p -> assertThat(p).contains("agents[1].max-cost-usd: must be above 0"));
    }

    @Test
    void should_name_an_unknown_tool_when_no_mcp_server_could_offer_it() {
        assertThat(problems("""
                tools:
                  http:
                    - {name: stock, description: d, url: "https://a.com/x", allowed-hosts: [a.com]}
                agents:
                  - {name: a, model: chat, tools: [stock, ghost]}
                """)).containsExactly("agents[0].tools: 'ghost' is not a configured tool; tools: [stock]");
    }

    @Test
    void should_refuse_a_placeholder_in_the_host() {
        assertThat(problems("""
                tools:
                  http:
                    - {name: t, description: d, url: "https://{host}.example.com/x", allowed-hosts: ["*.example.com"]}
                """)).anySatisfy(p -> assertThat(p).contains("tools.http[0].url:").contains("placeholder in the host"));
    }

    @Test
    void should_accept_the_reference_configs_tools_and_agents() throws Exception {
        Path f = dir.resolve("reference.yaml");
        try (var in = ConfigLoader.class.getResourceAsStream("/gantry-reference.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> new ConfigLoader(name -> "x").load(f));
        assertThat(e.problems()).noneMatch(p -> p.startsWith("tools") || p.startsWith("agents"));
    }
}
