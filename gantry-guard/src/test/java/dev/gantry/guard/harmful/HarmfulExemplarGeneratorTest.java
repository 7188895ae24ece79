package dev.gantry.guard.harmful;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarmfulExemplarGeneratorTest {
    @Test
    void shippedExemplarsAreExactlyWhatTheGeneratorWrites() {
        List<Exemplar> shipped = Exemplars.fromResource("/guard/harmful-exemplars.jsonl");
        assertThat(shipped).as("regenerate with the command in HarmfulExemplarGenerator's javadoc")
                .isEqualTo(new HarmfulExemplarGenerator().generate());
    }

    @Test
    void everyHarmfulExemplarHasACategoryAndNoBenignOneHas() {
        List<Exemplar> exemplars = new HarmfulExemplarGenerator().generate();
        assertThat(exemplars).allMatch(e -> e.positive() != e.category().isEmpty());
        assertThat(exemplars.stream().map(Exemplar::category).distinct())
                .contains("WEAPONS", "CYBER", "SELF_HARM", "VIOLENT_CRIME", "SEXUAL_MINORS", "HATE", "FRAUD", "DRUGS");
    }
}
