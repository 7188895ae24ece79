package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTokenizerTest {
    private static List<String> words(String text) {
        return EntityTokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsOffsetsOfEveryToken() {
        String text = "  Hi, Zoë-Anne!\n";
        List<Token> tokens = EntityTokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::text).containsExactly("Hi", ",", "Zoë-Anne", "!");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void splitsPossessivesButKeepsApostropheNames() {
        assertThat(words("Anna's car and O'Brien's dog")).containsExactly("Anna", "'s", "car", "and", "O'Brien", "'s",
                "dog");
        assertThat(words("don't")).containsExactly("don", "'t");
    }

    @Test
    void keepsMailAddressesAndUrlsWhole() {
        assertThat(words("mail anna.keller@example.org or https://example.org/a?b=c now"))
                .containsExactly("mail", "anna.keller@example.org", "or", "https://example.org/a?b=c", "now");
    }

    @Test
    void oddInputGivesTokensNotErrors() {
        assertThat(words("")).isEmpty();
        assertThat(words("\uD800 \uDC00 -- ' ’s")).isNotEmpty();
    }
}
