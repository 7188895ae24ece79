package dev.gantry.server.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.Usage;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.cost.PriceCatalogue;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.difficulty.PromptDifficulty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The figures in docs/benchmarks.md ("Smart model selection"): 5-fold cross-validation of the prompt classifier on
 * the project's labelled prompts (every prompt scored by a model that never saw it), swept over thresholds, with the
 * cost saved against sending everything to the strong model. Prints the table; asserts that the default threshold
 * keeps hard prompts sent to the cheap model at or under 5 %.
 */
class SelectionEvaluationTest {
    static final int FOLDS = 5;
    /** The assumed token mix of one request: what the saving is priced with. */
    static final Usage MIX = Usage.of(1_000, 300);
    static final double[] THRESHOLDS = {0.5, 0.7, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95};

    record Scored(double pEasy, boolean easy, String text) {
    }

    @Test
    void defaultThresholdKeepsHardPromptsOffTheCheapModel() {
        List<Scored> scored = crossValidated(Exemplars.fromResource(PromptDifficulty.EXEMPLARS));
        Price strong = PriceCatalogue.shipped().find("openai", "openai", "gpt-4o");
        Price cheap = PriceCatalogue.shipped().find("openai", "openai", "gpt-4o-mini");
        double priceRatio = cheap.cost(MIX).divide(strong.cost(MIX), 6, RoundingMode.HALF_UP).doubleValue();
        System.out.println(table(scored, priceRatio));
        scored.stream().filter(s -> !s.easy() && s.pEasy() >= PromptDifficulty.DEFAULT_THRESHOLD)
                .forEach(s -> System.out.printf(Locale.ROOT, "hard sent cheap: %.3f %s%n", s.pEasy(),
                        s.text().lines().findFirst().orElse("")));
        System.out.println(microsPerPrompt(Exemplars.fromResource(PromptDifficulty.EXEMPLARS)));
        assertThat(hardSentCheap(scored, PromptDifficulty.DEFAULT_THRESHOLD)).isLessThanOrEqualTo(0.05);
    }

    /** Each prompt scored by the model trained on the other folds (fold = index mod 5, so labels stay balanced). */
    static List<Scored> crossValidated(List<Exemplar> all) {
        List<Scored> out = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Exemplar> train = new ArrayList<>();
            List<Exemplar> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) (i % FOLDS == fold ? test : train).add(all.get(i));
            PromptDifficulty model = PromptDifficulty.train(train);
            for (Exemplar e : test) out.add(new Scored(model.easyProbability(e.text()), e.positive(), e.text()));
        }
        return out;
    }

    /** The request path's cost: scoring every prompt 20 times after a warm-up of as many, single thread. */
    static String microsPerPrompt(List<Exemplar> all) {
        PromptDifficulty d = PromptDifficulty.shipped();
        double sink = 0;
        for (int i = 0; i < 20; i++) for (Exemplar e : all) sink += d.easyProbability(e.text());
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) for (Exemplar e : all) sink += d.easyProbability(e.text());
        double micros = (System.nanoTime() - start) / 1e3 / (20.0 * all.size());
        return String.format(Locale.ROOT, "scoring: %.1f us per prompt (checksum %.1f)", micros, sink);
    }

    static double hardSentCheap(List<Scored> scored, double threshold) {
        long hard = scored.stream().filter(s -> !s.easy()).count();
        return (double) scored.stream().filter(s -> !s.easy() && s.pEasy() >= threshold).count() / hard;
    }

    /** Saving = share sent cheap x (1 - cheap/strong price of the mix): every request is assumed to have the same mix. */
    static String table(List<Scored> scored, double priceRatio) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "cheap/strong price of the mix: %.4f%n| threshold | accuracy | easy precision | easy recall | "
                        + "hard sent cheap | requests sent cheap | cost saved |%n|---|---|---|---|---|---|---|%n", priceRatio));
        for (double t : THRESHOLDS) {
            long tp = 0, fp = 0, tn = 0, fn = 0;
            for (Scored s : scored) {
                boolean cheap = s.pEasy() >= t;
                if (s.easy()) { if (cheap) tp++; else fn++; } else { if (cheap) fp++; else tn++; }
            }
            double sentCheap = (double) (tp + fp) / scored.size();
            sb.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f (%d) | %.3f | %.1f %% |%n", t,
                    (double) (tp + tn) / scored.size(), ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(fp, fp + tn), fp,
                    sentCheap, 100 * sentCheap * (1 - priceRatio)));
        }
        return sb.toString();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
