package dev.gantry.server.config;

import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Selection;
import dev.gantry.guard.difficulty.PromptDifficulty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A model's {@code select: {cheap: ALIAS, threshold: P}}: smart model selection with the shipped prompt classifier. */
final class ModelSelectionConfig {
    private ModelSelectionConfig() {
    }

    /** Null when absent. The classifier trains on first use, so a config check or CLI command does not pay for it. */
    static Selection read(Node n, String alias) {
        if (n == null) return null;
        String cheap = n.required("cheap");
        BigDecimal threshold = n.decimal("threshold", BigDecimal.valueOf(PromptDifficulty.DEFAULT_THRESHOLD));
        n.finish();
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            n.problem("threshold", "is " + threshold.toPlainString() + "; it must be above 0 and at most 1 (the lowest "
                    + "P(easy) sent to the cheap model; default " + PromptDifficulty.DEFAULT_THRESHOLD + ")");
            return null;
        }
        if (cheap == null) return null;
        if (cheap.equals(alias)) {
            n.problem("cheap", "names this model itself; name another model (the cheap one), e.g. cheap: mini");
            return null;
        }
        return new Selection(cheap, threshold.doubleValue(), p -> PromptDifficulty.shipped().easyProbability(p));
    }

    /** The cheap alias must exist and serve requests itself: no selection chains. */
    static void crossCheck(List<ModelRoute> models, List<String> problems) {
        Map<String, ModelRoute> byAlias = models.stream()
                .collect(Collectors.toMap(ModelRoute::alias, Function.identity(), (a, b) -> a));
        for (ModelRoute m : models) {
            if (m.select() == null) continue;
            ModelRoute cheap = byAlias.get(m.select().cheap());
            String at = "models[" + m.alias() + "].select.cheap: '" + m.select().cheap() + "' ";
            if (cheap == null) problems.add(at + "is not a configured model; add it under models: or name one that is");
            else if (cheap.select() != null) problems.add(at + "has a select: of its own; point cheap: at a model without one");
        }
    }
}
