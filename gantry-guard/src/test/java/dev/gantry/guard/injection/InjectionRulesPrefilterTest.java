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
 * and every rule of the other languages must match some text (a pattern not folded as text is matches nothing):
 * exemplars, probes, the multilingual sets, or rule-examples.jsonl, one sentence per pattern nothing else exercises.
 */
class InjectionRulesPrefilterTest {
    private static final List<Rule> MORE = Stream.concat(InjectionRulesMore.RULES.stream(), CrossLanguageEvidence.RULES.stream()).toList();
    private static final List<Rule> RULES = Stream.concat(InjectionRules.RULES.stream(), MORE.stream()).toList();

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
        List<String> unmatched = MORE.stream().filter(rule -> texts.stream().noneMatch(rule::matches)).map(r -> r.reason() + " " + r.pattern()).toList();
        assertThat(unmatched).isEmpty();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String resource : List.of("/guard/injection-exemplars.jsonl", "/guard/harmful-exemplars.jsonl", "/guard/multilingual-probes.jsonl",
                "/guard/multilingual/set-1.jsonl", "/guard/multilingual/set-2.jsonl", "/guard/multilingual/set-3.jsonl", "/guard/multilingual/set-4.jsonl",
                "/guard/rule-examples.jsonl")) {
            for (Exemplar e : Exemplars.fromResource(resource)) texts.add(LightNormalizer.normalize(e.text()));
        }
        return texts;
    }
}
