package dev.gantry.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionExemplarGeneratorTest {
    @Test
    void shippedExemplarsAreExactlyWhatTheGeneratorWrites() {
        List<Exemplar> shipped = Exemplars.fromResource("/guard/injection-exemplars.jsonl");
        assertThat(shipped).as("regenerate with the command in InjectionExemplarGenerator's javadoc")
                .isEqualTo(new InjectionExemplarGenerator().generate());
    }

    @Test
    void coversEveryLanguageOnBothSides() {
        List<Exemplar> exemplars = new InjectionExemplarGenerator().generate();
        assertThat(exemplars.stream().filter(Exemplar::positive)).hasSize(InjectionExemplarGenerator.ATTACKS);
        for (String marker : List.of("Ignoriere", "Oubliez", "Olvida", "Dimentica", "Esqueça", "Negeer", "bhool jao")) {
            assertThat(exemplars).anyMatch(e -> e.positive() && e.text().contains(marker));
        }
        for (String marker : List.of("Wie ", "Comment ", "¿", "Come ", "Como ", "Hoe ", "kya ")) {
            assertThat(exemplars).anyMatch(e -> !e.positive() && e.text().contains(marker));
        }
    }
}
