package dev.gantry.gateway.route;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the "model" a client names to a route. In order: a configured alias; "provider/model" for any
 * configured provider (direct addressing, when allowed); the first alias that is a glob pattern matching the
 * name ("claude-*", or "*" for any name), in config order. Pattern routes pass the name through when their
 * target's model is "*".
 * Holds one {@link TargetHealth} per distinct target so breakers are shared across aliases.
 */
public final class RouteTable {
    private final Map<String, ModelRoute> routes = new LinkedHashMap<>();
    private final Set<String> providers;
    private final boolean directAddressing;
    private final Map<String, TargetHealth> health = new ConcurrentHashMap<>();
    private final Map<String, ModelRoute> directRoutes = new ConcurrentHashMap<>();

    public RouteTable(Collection<ModelRoute> configured, Set<String> providers, boolean directAddressing) {
        for (ModelRoute r : configured) routes.put(r.alias(), r);
        this.providers = Set.copyOf(providers);
        this.directAddressing = directAddressing;
        for (ModelRoute r : configured) {
            for (Target t : r.targets()) health.computeIfAbsent(t.id(), id -> new TargetHealth(t, r.breaker()));
        }
    }

    public ModelRoute resolve(String model) {
        if (providers.isEmpty()) {
            throw new GantryException(ErrorKind.NO_PROVIDER, "no provider is configured: set OPENAI_API_KEY, "
                    + "ANTHROPIC_API_KEY, GEMINI_API_KEY or OLLAMA_BASE_URL and restart `gantry serve`, or start it with "
                    + "--config FILE listing providers: and models: (see the README)");
        }
        ModelRoute r = routes.get(model);
        if (r != null) return r;
        if (model == null || model.isBlank()) {
            throw GantryException.invalid("model", "model is missing; name one of the configured models: " + aliasList());
        }
        ModelRoute direct = directRoute(model);
        if (direct != null) return direct;
        for (ModelRoute p : routes.values()) {
            if (isPattern(p.alias()) && matches(p.alias(), model)) return p;
        }
        throw new GantryException(ErrorKind.NOT_FOUND, "model '" + model + "' is not configured; configured models: "
                + aliasList() + (directAddressing ? "; or name a provider directly as provider/model" : ""), "model",
                null, null);
    }

    private ModelRoute directRoute(String model) {
        int slash = model.indexOf('/');
        if (!directAddressing || slash <= 0 || !providers.contains(model.substring(0, slash))) return null;
        return directRoutes.computeIfAbsent(model, m -> {
            Target t = new Target(m.substring(0, slash), m.substring(slash + 1), 1);
            health.computeIfAbsent(t.id(), id -> new TargetHealth(t, BreakerPolicy.DEFAULT));
            return ModelRoute.simple(m, List.of(t));
        });
    }

    /** The health objects of a route's targets, in the route's order. */
    public List<TargetHealth> health(ModelRoute route) {
        List<TargetHealth> out = new ArrayList<>(route.targets().size());
        for (Target t : route.targets()) out.add(health.computeIfAbsent(t.id(), id -> new TargetHealth(t, route.breaker())));
        return out;
    }

    /** Configured aliases except pattern routes, in config order. */
    public List<String> aliases() {
        return routes.keySet().stream().filter(a -> !isPattern(a)).toList();
    }

    static boolean isPattern(String alias) {
        return alias.indexOf('*') >= 0;
    }

    /** Glob match where '*' stands for any run of characters. */
    static boolean matches(String pattern, String name) {
        String[] parts = pattern.split("\\*", -1);
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0) {
                if (!name.startsWith(part)) return false;
                at = part.length();
            } else if (i == parts.length - 1) {
                return name.length() - part.length() >= at && name.endsWith(part);
            } else {
                int found = name.indexOf(part, at);
                if (found < 0) return false;
                at = found + part.length();
            }
        }
        return at == name.length();
    }

    public Map<String, TargetHealth> allHealth() {
        return Map.copyOf(health);
    }

    public ModelRoute route(String alias) {
        return routes.get(alias);
    }

    private String aliasList() {
        List<String> a = aliases();
        return a.isEmpty() ? "(none: add one under models: in the config)" : String.join(", ", a);
    }
}
