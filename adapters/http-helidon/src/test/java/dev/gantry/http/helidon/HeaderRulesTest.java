package dev.gantry.http.helidon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {
    private static final URI URL = URI.create("https://api.example.com/v1/chat?key=sk-query");

    @Test
    void should_pass_ordinary_headers_and_strip_surrounding_blanks() {
        assertThat(HeaderRules.checked(URL, "Authorization", "Bearer sk-1")).isEqualTo("Bearer sk-1");
        assertThat(HeaderRules.checked(URL, "x-request-id", "  r-1\t")).isEqualTo("r-1");
        assertThat(HeaderRules.checked(URL, "anthropic-beta", "a, b\tc")).isEqualTo("a, b\tc");
    }

    @Test
    void should_refuse_line_breaks_and_controls_in_a_value_without_showing_it() {
        for (String bad : new String[] {"sk-1\r\nx-injected: 1", "sk-1\nx", "sk\u0000", "caf\u00e9"}) {
            assertThatThrownBy(() -> HeaderRules.checked(URL, "x-api-key", bad)).isInstanceOfSatisfying(
                    GantryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
                        assertThat(e.getMessage()).startsWith("request to api.example.com:443 not sent: header 'x-api-key'")
                                .doesNotContain("sk-").doesNotContain("caf");
                    });
        }
    }

    @Test
    void should_refuse_a_name_that_is_not_a_token() {
        for (String bad : new String[] {"", "bad name", "x:y", "x\r\ny"}) {
            assertThatThrownBy(() -> HeaderRules.checked(URL, bad, "v")).isInstanceOfSatisfying(
                    GantryException.class, e -> assertThat(e.getMessage()).contains("not a valid HTTP token"));
        }
    }
}
