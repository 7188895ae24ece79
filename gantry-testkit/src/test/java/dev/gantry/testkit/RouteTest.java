package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void should_route_openai_paths_with_or_without_the_version_prefix() {
        assertThat(Route.of("POST", "/v1/chat/completions"))
                .isEqualTo(new Route(FakeDialect.OPENAI, Route.Endpoint.CHAT, null, false));
        assertThat(Route.of("POST", "/chat/completions").endpoint()).isEqualTo(Route.Endpoint.CHAT);
        assertThat(Route.of("POST", "/v1/embeddings").endpoint()).isEqualTo(Route.Endpoint.EMBED);
        assertThat(Route.of("GET", "/v1/models").endpoint()).isEqualTo(Route.Endpoint.MODELS);
    }

    @Test
    void should_take_the_model_from_azure_and_gemini_paths() {
        assertThat(Route.of("POST", "/openai/deployments/gpt4o-prod/chat/completions"))
                .isEqualTo(new Route(FakeDialect.OPENAI, Route.Endpoint.CHAT, "gpt4o-prod", false));
        assertThat(Route.of("POST", "/openai/deployments/emb/embeddings").endpoint()).isEqualTo(Route.Endpoint.EMBED);
        assertThat(Route.of("POST", "/v1beta/models/gemini-2.0-flash:streamGenerateContent"))
                .isEqualTo(new Route(FakeDialect.GEMINI, Route.Endpoint.CHAT, "gemini-2.0-flash", true));
        assertThat(Route.of("POST", "/v1beta/models/text-embedding-004:batchEmbedContents").endpoint())
                .isEqualTo(Route.Endpoint.EMBED);
    }

    @Test
    void should_route_anthropic_messages_and_reject_unknown_paths() {
        assertThat(Route.of("POST", "/v1/messages").dialect()).isEqualTo(FakeDialect.ANTHROPIC);
        assertThat(Route.of("POST", "/v2/whatever").endpoint()).isEqualTo(Route.Endpoint.UNKNOWN);
        assertThat(Route.of("POST", "/v1beta/models/m:countTokens").endpoint()).isEqualTo(Route.Endpoint.UNKNOWN);
    }
}
