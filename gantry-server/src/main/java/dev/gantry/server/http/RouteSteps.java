package dev.gantry.server.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's route string read back as attempts: "oai/gpt-4o-mini!rate_limited > local/qwen2.5" is a
 * rate-limited attempt on oai, then a success on local. A provider name holds no '/', a model name may.
 */
final class RouteSteps {
    private RouteSteps() {
    }

    /** @param error the ErrorKind code of a failed attempt, null for the attempt that answered */
    record Step(String provider, String model, String error) {
    }

    static List<Step> parse(String route) {
        List<Step> out = new ArrayList<>();
        if (route == null || route.isBlank()) return out;
        for (String part : route.split(" > ")) out.add(step(part.trim()));
        return out;
    }

    /** A fallback happened when the answer came from another target than the first one tried. */
    static boolean fellBack(List<Step> steps) {
        if (steps.size() < 2) return false;
        Step first = steps.getFirst();
        return steps.stream().anyMatch(s -> !s.provider().equals(first.provider()) || !s.model().equals(first.model()));
    }

    private static Step step(String part) {
        int bang = part.lastIndexOf('!');
        String target = bang < 0 ? part : part.substring(0, bang);
        String error = bang < 0 ? null : part.substring(bang + 1);
        int slash = target.indexOf('/');
        return slash < 0 ? new Step(target, "", error) : new Step(target.substring(0, slash), target.substring(slash + 1), error);
    }
}
