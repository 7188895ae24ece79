package dev.gantry.gateway;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Role;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.gateway.route.Selection;
import dev.gantry.gateway.route.Target;
import java.util.Locale;

/**
 * Smart model selection: which route serves a request to an alias with {@code select:}. The prompt scorer only sees
 * plain text, so requests it cannot judge stay on the strong model: tools, a json_schema answer, images, no user text.
 */
final class ModelSelection {
    static final String CHEAP = "cheap";
    static final String STRONG = "strong";

    private ModelSelection() {
    }

    /**
     * The decision, as headers and the ledger show it, and the route that carries it out.
     *
     * @param verdict "cheap; p_easy=0.930", "strong; p_easy=0.412" or "strong; reason=tools"
     * @param strong  the strong route's first target, whose prices the routing saving is counted against
     */
    record Decision(String verdict, ModelRoute route, Target strong) {
        boolean cheap() {
            return verdict.startsWith(CHEAP);
        }
    }

    /** Null when the route has no selection. A cheap pick falls back to the strong alias after its own fallbacks. */
    static Decision decide(ChatRequest request, ModelRoute route, RouteTable routes) {
        Selection select = route.select();
        if (select == null) return null;
        Target strong = route.targets().getFirst();
        String unsure = unscorable(request, route);
        if (unsure != null) return new Decision(STRONG + "; reason=" + unsure, route, strong);
        double p = select.scorer().easyProbability(lastUserText(request));
        String score = String.format(Locale.ROOT, "; p_easy=%.3f", p);
        ModelRoute cheap = routes.route(select.cheap());
        if (p < select.threshold() || cheap == null) return new Decision(STRONG + score, route, strong);
        return new Decision(CHEAP + score, cheap.fallingBackTo(route.alias()), strong);
    }

    /** Why the scorer cannot judge this request, or null when it can. */
    private static String unscorable(ChatRequest request, ModelRoute route) {
        if (request.tools() != null && !request.tools().isEmpty()) return "tools";
        ResponseFormat f = request.responseFormat();
        if (route.outputSchema() != null || f != null && f.type() == ResponseFormat.Type.JSON_SCHEMA) return "json_schema";
        ChatMessage last = lastUser(request);
        if (last == null || last.text() == null || last.text().isBlank()) return "no_text";
        if (last.content().stream().anyMatch(c -> c instanceof ContentPart.Image)) return "image";
        return null;
    }

    private static ChatMessage lastUser(ChatRequest request) {
        ChatMessage found = null;
        for (ChatMessage m : request.messages()) if (m.role() == Role.USER) found = m;
        return found;
    }

    private static String lastUserText(ChatRequest request) {
        return lastUser(request).text();
    }
}
