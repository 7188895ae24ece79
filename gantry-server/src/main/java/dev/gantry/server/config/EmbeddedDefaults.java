package dev.gantry.server.config;

import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The configuration `gantry serve` uses without a file: localhost only, no keys (no auth), and one provider
 * per credential found in the environment, each reachable by its usual model names ("gpt-*", "claude-*",
 * "gemini-*") and as "provider/model". With none it still serves and explains how to add one.
 */
final class EmbeddedDefaults {
    private EmbeddedDefaults() {
    }

    static GantryConfig build(Function<String, String> env) {
        List<ProviderSettings> providers = new ArrayList<>();
        List<ModelRoute> routes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        add(env, "OPENAI_API_KEY", "openai", "openai", env.apply("OPENAI_BASE_URL"), List.of("gpt-*", "o1*", "o3*", "o4*", "chatgpt-*", "text-embedding-*"), providers, routes, notes);
        add(env, "ANTHROPIC_API_KEY", "anthropic", "anthropic", env.apply("ANTHROPIC_BASE_URL"), List.of("claude-*"), providers, routes, notes);
        add(env, "GEMINI_API_KEY", "gemini", "gemini", env.apply("GEMINI_BASE_URL"), List.of("gemini-*", "text-embedding-004"), providers, routes, notes);
        String ollama = env.apply("OLLAMA_BASE_URL");
        if (ollama != null && !ollama.isBlank()) {
            String base = ollama.replaceAll("/+$", "");
            if (!base.endsWith("/v1")) base = base + "/v1";
            providers.add(new ProviderSettings("ollama", "openai", base, null, Map.of(), null, false));
            notes.add("provider 'ollama' (OpenAI-compatible) at " + base + " from OLLAMA_BASE_URL");
        }
        if (!providers.isEmpty()) {
            // any other name goes to the first provider found, as its own model name
            routes.add(ModelRoute.simple("*", List.of(new Target(providers.get(0).name(), "*", 1))));
            notes.add("other model names go to '" + providers.get(0).name() + "'; name any provider directly as provider/model");
        } else {
            notes.add("no provider found: set OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or OLLAMA_BASE_URL, "
                    + "or pass --config FILE; until then chat requests get an error that says so");
        }
        return new GantryConfig(ConfigLoader.server(null), Path.of("data"), null, providers, routes, List.of(), Map.of(),
                true, new GantryConfig.Ledger(512, java.time.Duration.ofMillis(200), 65_536), RagSettings.DEFAULTS, GuardSettings.NONE,
                TelemetrySettings.OFF, GantryConfig.DEFAULT_CACHE_BYTES, AlertSettings.NONE, null,
                notes, JobsSettings.DEFAULTS, BatchSettings.DEFAULTS, AgentSettings.NONE, List.of(),
                KnowledgeSettings.OFF);
    }

    private static void add(Function<String, String> env, String keyVar, String name, String type, String baseUrl,
                            List<String> patterns, List<ProviderSettings> providers, List<ModelRoute> routes,
                            List<String> notes) {
        String key = env.apply(keyVar);
        if (key == null || key.isBlank()) return;
        String base = baseUrl == null || baseUrl.isBlank() ? ConfigLoader.defaultBaseUrl(type) : baseUrl;
        providers.add(new ProviderSettings(name, type, base, key, Map.of(), null, false));
        for (String p : patterns) routes.add(ModelRoute.simple(p, List.of(new Target(name, "*", 1))));
        notes.add("provider '" + name + "' from " + keyVar + " (models " + String.join(", ", patterns) + ")");
    }
}
