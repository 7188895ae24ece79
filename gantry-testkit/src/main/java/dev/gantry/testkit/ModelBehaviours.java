package dev.gantry.testkit;

import dev.gantry.core.chat.ToolCall;
import java.time.Duration;

/**
 * What the fake does with an empty queue, picked by model name so a gateway config alone can exercise it:
 * {@code fake-tool}, {@code fake-slow-<ms>}, {@code fake-error-<status>}, {@code fake-429},
 * {@code fake-context}, {@code fake-cut}, {@code fake-malformed}; any other model echoes.
 */
final class ModelBehaviours {
    private ModelBehaviours() {
    }

    static FakeScript forModel(String model) {
        if (model == null || !model.startsWith("fake-")) return FakeScript.echo();
        return switch (model) {
            case "fake-tool" -> FakeScript.toolCalls(new ToolCall(Ids.next("call_"), "get_weather", "{\"city\":\"Paris\"}"));
            case "fake-429" -> FakeScript.rateLimited(1);
            case "fake-context" -> FakeScript.contextLengthExceeded();
            case "fake-cut" -> FakeScript.echo().cutAfterChunks(1);
            case "fake-malformed" -> FakeScript.echo().malformedAfterChunks(1);
            default -> parameterised(model);
        };
    }

    private static FakeScript parameterised(String model) {
        Integer slowMs = suffixNumber(model, "fake-slow-");
        if (slowMs != null) return FakeScript.echo().latency(Duration.ofMillis(slowMs));
        Integer status = suffixNumber(model, "fake-error-");
        if (status != null && status >= 400 && status <= 599) return FakeScript.error(status);
        return FakeScript.echo();
    }

    private static Integer suffixNumber(String model, String prefix) {
        if (!model.startsWith(prefix)) return null;
        try {
            return Integer.parseInt(model.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
