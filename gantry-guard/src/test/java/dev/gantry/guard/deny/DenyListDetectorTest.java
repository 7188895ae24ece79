package dev.gantry.guard.deny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenyListDetectorTest {
    private final DenyListDetector competitors = new DenyListDetector("competitors", List.of("Acme", "Acme Corp", " globex "));

    @Test
    void should_find_whole_terms_in_any_case_and_prefer_the_longest() {
        String text = "We beat ACME  corp and Globex last year.";
        List<Finding> found = competitors.scan(text);

        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).containsExactly("ACME  corp", "Globex");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.type()).isEqualTo(DenyListDetector.TYPE);
            assertThat(f.reason()).isEqualTo("a term from deny-list 'competitors'").doesNotContainIgnoringCase("acme");
        });
    }

    @Test
    void should_not_match_inside_other_words_and_treat_terms_as_text_not_regex() {
        assertThat(competitors.scan("Acmeville and subglobexes are fine.")).isEmpty();
        DenyListDetector symbols = new DenyListDetector("symbols", List.of("C++ (legacy)"));
        assertThat(symbols.scan("our C++ (legacy) stack")).hasSize(1);
        assertThat(symbols.scan("C+ legacy")).isEmpty();
    }

    @Test
    void should_refuse_an_empty_list_by_name() {
        assertThatThrownBy(() -> new DenyListDetector("empty", List.of(" ", "")))
                .hasMessageContaining("deny-list 'empty' has no terms");
    }
}
