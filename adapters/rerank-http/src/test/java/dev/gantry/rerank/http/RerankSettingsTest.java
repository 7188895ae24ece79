package dev.gantry.rerank.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RerankSettingsTest {

    @Test
    void endpointFollowsTheDialectAndTrailingSlashesDoNotDouble() {
        assertThat(new RerankSettings("http://h:8000/v1/", null, null, RerankDialect.COHERE, null).endpoint())
                .hasToString("http://h:8000/v1/rerank");
        assertThat(new RerankSettings("http://h:8000", null, null, RerankDialect.SCORE, null).endpoint())
                .hasToString("http://h:8000/score");
    }

    @Test
    void defaultsTheTimeoutAndRefusesANonPositiveOne() {
        assertThat(new RerankSettings("http://h", null, null, RerankDialect.TEI, null).timeout())
                .isEqualTo(RerankSettings.DEFAULT_TIMEOUT);
        assertThatThrownBy(() -> new RerankSettings("http://h", null, null, RerankDialect.TEI, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> new RerankSettings("localhost:8000", null, null, RerankDialect.TEI, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'localhost:8000'");
        assertThatThrownBy(() -> new RerankSettings(null, null, null, RerankDialect.TEI, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RerankSettings("http://h", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohere, tei or score");
    }

    @Test
    void neverPrintsTheKey() {
        RerankSettings s = new RerankSettings("http://h", "sk-very-secret", "m", RerankDialect.COHERE, null);
        assertThat(s.toString()).doesNotContain("sk-very-secret").contains("apiKey=***");
        assertThat(new HttpReranker(s, call -> { throw new AssertionError(); }).toString())
                .doesNotContain("sk-very-secret");
    }

    @Test
    void parsesDialectNames() {
        assertThat(RerankDialect.parse(" TEI ")).isEqualTo(RerankDialect.TEI);
        assertThatThrownBy(() -> RerankDialect.parse("jina")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jina'").hasMessageContaining("cohere");
    }
}
