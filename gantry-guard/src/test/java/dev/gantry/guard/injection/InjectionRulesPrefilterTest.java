package dev.gantry.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.Rule;
import dev.gantry.guard.classify.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The prefiltered rule set must pick the same strongest rule as matching every rule over the text, in every script;
 * and every rule must match some exemplar (a pattern not folded as the text is would match nothing).
 */
class InjectionRulesPrefilterTest {
    private static final List<Rule> RULES = Stream.concat(InjectionRules.RULES.stream(), InjectionRulesMore.RULES.stream()).toList();

    @Test
    void sameStrongestRuleOnEveryExemplar() {
        RuleSet set = RuleSet.of(RULES);
        int matched = 0;
        for (String text : texts()) {
            Optional<Rule> expected = RULES.stream().filter(r -> r.matches(text)).max((a, b) -> Double.compare(a.score(), b.score()));
            assertThat(set.strongest(text)).as(text).isEqualTo(expected);
            if (expected.isPresent()) matched++;
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void everyRuleOfTheOtherLanguagesMatchesSomeExemplar() {
        List<String> texts = texts();
        for (Rule rule : InjectionRulesMore.RULES) {
            assertThat(texts).as(rule.reason() + " " + rule.pattern()).anyMatch(rule::matches);
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String resource : List.of("/guard/injection-exemplars.jsonl", "/guard/harmful-exemplars.jsonl", "/guard/multilingual-probes.jsonl")) {
            for (Exemplar e : Exemplars.fromResource(resource)) texts.add(LightNormalizer.normalize(e.text()));
        }
        return texts;
    }
}
