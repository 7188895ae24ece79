package dev.gantry.gateway.batch;

import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Target;
import java.util.List;
import java.util.Map;

/**
 * Where a batch for an alias goes: the alias's first target (in configured order) whose provider has a batch API.
 * A batch is one upstream job, so there is no balancing or fallback across targets.
 */
record BatchTarget(String provider, String model, ChatBatches batches) {

    static BatchTarget of(ModelRoute route, String requested, Map<String, ChatBatches> batchApis) {
        for (Target t : route.targets()) {
            ChatBatches api = batchApis.get(t.provider());
            if (api != null) return new BatchTarget(t.provider(), t.upstreamModel(requested), api);
        }
        List<String> targets = route.targets().stream().map(Target::id).toList();
        throw GantryException.invalid("model", "model '" + route.alias() + "' has no target on a provider with a batch "
                + "API (its targets: " + String.join(", ", targets) + "); batches run on providers of type openai (not "
                + "Azure) or anthropic: add such a target to '" + route.alias() + "' or submit the batch to another model"
                + (batchApis.isEmpty() ? " (no configured provider has one)" : " (with one: "
                + String.join(", ", batchApis.keySet().stream().sorted().toList()) + ")"));
    }
}
