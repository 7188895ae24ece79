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
import org.junit.jupiter.api.Test;

/** The prefiltered rule set must pick the same strongest rule as matching every rule over the text. */
class InjectionRulesPrefilterTest {
    @Test
    void sameStrongestRuleOnEveryExemplar() {
        RuleSet set = RuleSet.of(InjectionRules.RULES);
        List<String> texts = new ArrayList<>();
        for (String resource : List.of("/guard/injection-exemplars.jsonl", "/guard/harmful-exemplars.jsonl")) {
            for (Exemplar e : Exemplars.fromResource(resource)) texts.add(LightNormalizer.normalize(e.text()));
        }
        int matched = 0;
        for (String text : texts) {
            Optional<Rule> expected = InjectionRules.RULES.stream().filter(r -> r.matches(text)).max((a, b) -> Double.compare(a.score(), b.score()));
            assertThat(set.strongest(text)).as(text).isEqualTo(expected);
            if (expected.isPresent()) matched++;
        }
        assertThat(matched).isGreaterThan(100);
    }
}
