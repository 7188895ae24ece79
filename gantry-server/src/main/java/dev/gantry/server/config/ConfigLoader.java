package dev.gantry.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.output.OutputValidator;
import dev.gantry.gateway.route.Balance;
import dev.gantry.gateway.route.BreakerPolicy;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RetryPolicy;
import dev.gantry.gateway.route.Selection;
import dev.gantry.gateway.route.Target;
import dev.gantry.gateway.route.Timeouts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the YAML config strictly (unknown keys are errors, secrets only as ${ENV}), or builds the embedded
 * default from the environment when there is no file. Cross-checks references (targets name configured
 * providers, fallbacks name configured models) so mistakes surface at start-up, not at the first request.
 */
public final class ConfigLoader {
    static final Set<String> PROVIDER_TYPES = Set.of("openai", "anthropic", "gemini");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Function<String, String> env;

    public ConfigLoader(Function<String, String> env) {
        this.env = env;
    }

    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    public GantryConfig load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(quoteEnvReferences(Files.readString(file)));
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": cannot be read as YAML: " + firstLine(e.getMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) root = YAML.createObjectNode();
        if (!root.isObject()) throw new ConfigException(List.of(file + ": the top level must be a mapping"));
        List<String> problems = new ArrayList<>();
        GantryConfig c = read(new Node("", root, problems, env), problems, file.toAbsolutePath().getParent());
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return c;
    }

    /**
     * YAML forbids '{' and '}' in plain scalars inside flow mappings, so {@code {api-key: ${KEY}}} would not
     * parse; a value that is exactly one ${NAME} reference is quoted before parsing so such lines just work.
     */
    static String quoteEnvReferences(String yaml) {
        return ENV_VALUE.matcher(yaml).replaceAll("$1\"$2\"");
    }

    private static final java.util.regex.Pattern ENV_VALUE = java.util.regex.Pattern.compile(
            "(:[ \\t]+|-[ \\t]+|[\\[,][ \\t]*)(\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}\\s,]*)?})(?=[ \\t]*(?:[,}\\]]|#|$))",
            java.util.regex.Pattern.MULTILINE);

    /** No file: listen on localhost and configure the providers whose keys are in the environment. */
    public GantryConfig embeddedDefault() {
        return EmbeddedDefaults.build(env);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private GantryConfig read(Node root, List<String> problems, Path configDir) {
        GantryConfig.Server server = server(root.object("server"));
        Path dataDir = Path.of(root.string("data-dir", "data"));
        String adminKey = root.secret("admin-key");
        List<ProviderSettings> providers = new ArrayList<>();
        for (Node p : root.objects("providers")) providers.add(provider(p));
        Node routing = root.object("routing");
        boolean direct = routing == null || routing.bool("direct-addressing", true);
        if (routing != null) routing.finish();
        List<ModelRoute> models = new ArrayList<>();
        for (Node m : root.objects("models")) models.add(model(m));
        List<VirtualKey> keys = new ArrayList<>();
        for (Node k : root.objects("keys")) keys.add(key(k));
        Map<String, Price> prices = new LinkedHashMap<>();
        Map<String, BigDecimal> batchDiscounts = new LinkedHashMap<>();
        for (Node p : root.objects("prices")) {
            if (p.has("batch-discount")) batchDiscount(p, batchDiscounts);
            else price(p, prices);
        }
        BatchSettings batches = batches(root.object("batches"), batchDiscounts, providers);
        GantryConfig.Ledger ledger = ledger(root.object("ledger"));
        RagSettings rag = RagConfig.read(root.object("rag"));
        GuardSettings guards = GuardConfig.read(root.object("guards"),
                models.stream().map(ModelRoute::alias).collect(java.util.stream.Collectors.toSet()));
        TelemetrySettings telemetry = TelemetryConfig.read(root.object("telemetry"));
        long cacheBytes = cacheBytes(root.object("cache"));
        AlertSettings alerts = AlertConfig.read(root.object("alerts"),
                models.stream().map(ModelRoute::alias).collect(java.util.stream.Collectors.toSet()));
        GantryConfig.EmbeddingBatching batching = embeddingBatching(root.object("embeddings"));
        JobsSettings jobs = JobsConfig.read(root.object("jobs"));
        AgentSettings agents = AgentConfig.read(root.object("tools"), root,
                models.stream().map(ModelRoute::alias).collect(java.util.stream.Collectors.toSet()));
        KnowledgeSettings knowledge = KnowledgeConfig.read(root.object("knowledge"),
                models.stream().map(ModelRoute::alias).collect(java.util.stream.Collectors.toSet()));
        var workflows = WorkflowConfig.read(root, configDir, problems);
        root.finish();
        crossCheck(providers, models, keys, problems);
        return new GantryConfig(server, dataDir, adminKey, providers, models, keys, prices, direct, ledger, rag, guards,
                telemetry, cacheBytes, alerts, batching, List.of(), jobs, batches, agents,
                workflows, knowledge);
    }

    private static final java.util.Set<String> UPSTREAM_CLIENTS = java.util.Set.of("helidon", "jdk");

    static GantryConfig.Server server(Node n) {
        GantryConfig.Server d = GantryConfig.Server.DEFAULTS;
        if (n == null) return d;
        String client = n.string("upstream-client", d.upstreamClient());
        if (!UPSTREAM_CLIENTS.contains(client)) {
            n.problem("upstream-client", "'" + client + "' is not one of helidon, jdk (helidon is the default; jdk adds HTTP/2)");
        }
        GantryConfig.Server s = new GantryConfig.Server(n.string("host", d.host()), (int) n.integer("port", d.port(), 0),
                n.integer("max-body-bytes", d.maxBodyBytes(), 1024), n.duration("shutdown-grace", d.shutdownGrace()), client);
        n.finish();
        return s;
    }

    private static ProviderSettings provider(Node n) {
        String name = n.required("name");
        String type = n.required("type");
        if (type != null && !PROVIDER_TYPES.contains(type)) {
            n.problem("type", "'" + type + "' is not one of openai, anthropic, gemini (use openai for vLLM, SGLang, Ollama, llama.cpp, Groq, Together)");
        }
        ProviderSettings p = new ProviderSettings(name, type, n.string("base-url", defaultBaseUrl(type)), n.secret("api-key"),
                n.stringMap("headers"), n.string("api-version", null), n.bool("azure", false));
        n.finish();
        return p;
    }

    static String defaultBaseUrl(String type) {
        if (type == null) return null;
        return switch (type) {
            case "openai" -> "https://api.openai.com/v1";
            case "anthropic" -> "https://api.anthropic.com";
            case "gemini" -> "https://generativelanguage.googleapis.com";
            default -> null;
        };
    }

    private static ModelRoute model(Node n) {
        String alias = n.required("name");
        List<Target> targets = new ArrayList<>();
        for (Node t : n.objects("targets")) {
            targets.add(new Target(t.required("provider"), t.required("model"), (int) t.integer("weight", 1, 0)));
            t.finish();
        }
        if (targets.isEmpty()) n.problem("targets", "add at least one {provider: NAME, model: UPSTREAM_MODEL}");
        String balanceText = n.string("balance", "weighted");
        Balance balance = switch (balanceText) {
            case "weighted" -> Balance.WEIGHTED;
            case "least-in-flight" -> Balance.LEAST_IN_FLIGHT;
            default -> {
                n.problem("balance", "'" + balanceText + "' is not one of weighted, least-in-flight");
                yield Balance.WEIGHTED;
            }
        };
        List<String> fallbacks = n.strings("fallbacks");
        String contextFallback = n.string("context-fallback", null);
        Timeouts timeouts = timeouts(n.object("timeouts"));
        RetryPolicy retry = retry(n.object("retry"));
        BreakerPolicy breaker = breaker(n.object("circuit-breaker"));
        long rpm = n.integer("rpm", 0, 0);
        long tpm = n.integer("tpm", 0, 0);
        ResponseFormat outputSchema = outputSchema(n.object("output-schema"));
        Node cache = n.object("cache");
        java.time.Duration cacheTtl = cacheTtl(cache);
        dev.gantry.gateway.route.SemanticPolicy semantic = cache == null ? null : semantic(cache.object("semantic"));
        if (cache != null) cache.finish();
        boolean promptCache = n.bool("prompt-cache", false);
        Selection select = ModelSelectionConfig.read(n.object("select"), alias);
        n.finish();
        if (alias == null || targets.isEmpty()) return ModelRoute.simple(alias == null ? "?" : alias, List.of(new Target("?", "?", 1)));
        return new ModelRoute(alias, targets, balance, fallbacks, contextFallback, timeouts, retry, breaker, rpm, tpm,
                outputSchema, cacheTtl, semantic, promptCache, select);
    }

    /** {coalesce: {window, max-inputs}}: null when absent. */
    private static GantryConfig.EmbeddingBatching embeddingBatching(Node n) {
        if (n == null) return null;
        Node c = n.object("coalesce");
        n.finish();
        if (c == null) return null;
        java.time.Duration window = c.duration("window", java.time.Duration.ofMillis(5));
        int maxInputs = (int) c.integer("max-inputs", 256, 2);
        c.finish();
        if (window.isZero() || window.compareTo(java.time.Duration.ofSeconds(1)) > 0) {
            c.problem("window", "must be between 1ms and 1s (each call may wait this long), e.g. 5ms");
        }
        return new GantryConfig.EmbeddingBatching(window, maxInputs);
    }

    /** {max-memory-mb}: the exact cache's memory bound, shared by every cached alias. */
    private static long cacheBytes(Node n) {
        if (n == null) return GantryConfig.DEFAULT_CACHE_BYTES;
        long mb = n.integer("max-memory-mb", GantryConfig.DEFAULT_CACHE_BYTES >> 20, 1);
        n.finish();
        return mb << 20;
    }

    /** {ttl}: identical requests of one tenant are answered from the exact cache for that long. */
    private static java.time.Duration cacheTtl(Node n) {
        if (n == null) return null;
        java.time.Duration ttl = n.duration("ttl", java.time.Duration.ofHours(1));
        if (ttl.isZero() || ttl.isNegative()) n.problem("ttl", "must be positive, e.g. 10m or 24h; remove cache: to turn it off");
        return ttl;
    }

    /**
     * {threshold, allow-tools, allow-nondeterministic}: similar latest user turns answered from the semantic cache,
     * with the cache's ttl.
     */
    private static dev.gantry.gateway.route.SemanticPolicy semantic(Node n) {
        if (n == null) return null;
        double threshold = n.decimal("threshold", java.math.BigDecimal.valueOf(
                dev.gantry.gateway.route.SemanticPolicy.DEFAULT_THRESHOLD)).doubleValue();
        boolean tools = n.bool("allow-tools", false);
        boolean sampled = n.bool("allow-nondeterministic", false);
        n.finish();
        if (!(threshold > 0 && threshold <= 1)) {
            n.problem("threshold", "is " + threshold + "; it must be a cosine similarity in (0, 1], e.g. "
                    + dev.gantry.gateway.route.SemanticPolicy.DEFAULT_THRESHOLD + " (the default)");
            return null;
        }
        return new dev.gantry.gateway.route.SemanticPolicy(threshold, tools, sampled);
    }

    /** {name, schema, strict}: compiled here so a broken schema stops start-up, not the first request. */
    private static ResponseFormat outputSchema(Node n) {
        if (n == null) return null;
        String name = n.required("name");
        Map<String, Object> schema = n.rawMap("schema");
        boolean strict = n.bool("strict", true);
        n.finish();
        if (schema == null) n.problem("schema", "is required: the JSON schema every answer of this model must match");
        if (name == null || schema == null) return null;
        ResponseFormat format = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, name, null, schema, strict);
        try {
            new OutputValidator().compile(format);
        } catch (GantryException e) {
            n.problem("schema", e.getMessage().replace("send a valid", "write a valid"));
            return null;
        }
        return format;
    }

    private static Timeouts timeouts(Node n) {
        if (n == null) return Timeouts.DEFAULT;
        Timeouts t = new Timeouts(n.duration("connect", Timeouts.DEFAULT.connect()),
                n.duration("first-token", Timeouts.DEFAULT.firstToken()), n.duration("total", Timeouts.DEFAULT.total()));
        n.finish();
        return t;
    }

    private static RetryPolicy retry(Node n) {
        if (n == null) return RetryPolicy.DEFAULT;
        RetryPolicy r = new RetryPolicy((int) n.integer("attempts", RetryPolicy.DEFAULT.attempts(), 1),
                n.duration("backoff", RetryPolicy.DEFAULT.backoff()), n.duration("max-backoff", RetryPolicy.DEFAULT.maxBackoff()));
        n.finish();
        return r;
    }

    private static BreakerPolicy breaker(Node n) {
        if (n == null) return BreakerPolicy.DEFAULT;
        BreakerPolicy d = BreakerPolicy.DEFAULT;
        BreakerPolicy b = new BreakerPolicy(n.percent("failure-rate", d.failureRatePercent()),
                (int) n.integer("window", d.window(), 1), (int) n.integer("min-calls", d.minCalls(), 1),
                n.duration("open-for", d.openFor()), (int) n.integer("half-open-probes", d.halfOpenProbes(), 1));
        n.finish();
        return b;
    }

    private static VirtualKey key(Node n) {
        String name = n.required("name");
        String hash = n.required("key-hash");
        if (hash != null && !hash.matches("[0-9a-f]{64}")) {
            n.problem("key-hash", "must be the 64-character lower-case hex SHA-256 of the key; make one with `gantry keys hash`");
        }
        List<String> models = n.strings("models");
        long rpm = n.integer("rpm", 0, 0);
        long tpm = n.integer("tpm", 0, 0);
        KeyBudget budget = budget(n.object("budget"));
        n.finish();
        return new VirtualKey(name, hash, models, rpm, tpm, budget, true, Instant.EPOCH);
    }

    private static KeyBudget budget(Node n) {
        if (n == null) return null;
        BigDecimal usd = n.decimal("usd", null);
        String per = n.string("per", "month");
        BudgetPeriod period = BudgetPeriod.MONTH;
        try {
            period = BudgetPeriod.parse(per);
        } catch (IllegalArgumentException e) {
            n.problem("per", e.getMessage());
        }
        if (usd == null) n.problem("usd", "is required: the most this key may spend per period, in US dollars");
        n.finish();
        return usd == null ? null : new KeyBudget(usd, period);
    }

    private static void price(Node n, Map<String, Price> prices) {
        String provider = n.required("provider");
        String model = n.required("model");
        BigDecimal input = n.decimal("input", null);
        BigDecimal output = n.decimal("output", null);
        Price p = new Price(input == null ? BigDecimal.ZERO : input, n.decimal("cached-input", null),
                n.decimal("cache-write", null), output == null ? BigDecimal.ZERO : output, n.decimal("reasoning", null),
                (int) n.integer("max-output", 0, 0));
        if (input == null) n.problem("input", "is required: USD per 1M input tokens (0 for free models)");
        if (output == null) n.problem("output", "is required: USD per 1M output tokens (0 for free models)");
        n.finish();
        prices.put(provider + ":" + model, p);
    }

    /** {provider, batch-discount}: the share a provider's batch API takes off (0.5 = half price). */
    private static void batchDiscount(Node n, Map<String, BigDecimal> discounts) {
        String provider = n.required("provider");
        BigDecimal d = n.decimal("batch-discount", null);
        if (n.has("model")) n.problem("model", "a batch-discount entry is per provider; remove model, or put the "
                + "discount in an entry of its own: {provider: " + provider + ", batch-discount: 0.5}");
        if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) >= 0)) {
            n.problem("batch-discount", "must be at least 0 and below 1 (0.5 = half price), got " + d.toPlainString());
        }
        n.finish();
        if (d != null) discounts.put(provider, d);
    }

    /** batches: {poll-interval, providers}. */
    private static BatchSettings batches(Node n, Map<String, BigDecimal> discounts, List<ProviderSettings> configured) {
        java.time.Duration interval = BatchSettings.DEFAULTS.pollInterval();
        List<String> names = null;
        if (n != null) {
            interval = n.duration("poll-interval", interval);
            if (interval.isZero() || interval.isNegative()) n.problem("poll-interval", "must be positive, e.g. 30s");
            if (n.has("providers")) names = n.strings("providers");
            if (names != null) for (String name : names) checkBatchProvider(n, name, configured);
            n.finish();
        }
        return new BatchSettings(interval, discounts, names);
    }

    private static void checkBatchProvider(Node n, String name, List<ProviderSettings> configured) {
        ProviderSettings p = configured.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (p == null) {
            n.problem("providers", "'" + name + "' is not a configured provider; configured: "
                    + String.join(", ", configured.stream().map(ProviderSettings::name).toList()));
        } else if (!("anthropic".equals(p.type()) || "openai".equals(p.type()) && !p.azure())) {
            n.problem("providers", "provider '" + name + "' is of type " + p.type() + (p.azure() ? " (Azure)" : "")
                    + "; batch APIs are supported for openai (not Azure) and anthropic providers");
        }
    }

    private static GantryConfig.Ledger ledger(Node n) {
        if (n == null) return new GantryConfig.Ledger(512, java.time.Duration.ofMillis(200), 65_536);
        GantryConfig.Ledger l = new GantryConfig.Ledger((int) n.integer("batch-size", 512, 1),
                n.duration("flush-interval", java.time.Duration.ofMillis(200)), (int) n.integer("queue-capacity", 65_536, 16));
        n.finish();
        return l;
    }

    private static void crossCheck(List<ProviderSettings> providers, List<ModelRoute> models, List<VirtualKey> keys,
                                   List<String> problems) {
        Set<String> names = new HashSet<>();
        for (ProviderSettings p : providers) {
            if (p.name() != null && !names.add(p.name())) problems.add("providers: the name '" + p.name() + "' is used twice");
        }
        Set<String> aliases = new HashSet<>();
        for (ModelRoute m : models) {
            if (!aliases.add(m.alias())) problems.add("models: the name '" + m.alias() + "' is used twice");
        }
        for (ModelRoute m : models) {
            for (Target t : m.targets()) {
                if (!t.provider().equals("?") && !names.contains(t.provider())) {
                    problems.add("models[" + m.alias() + "].targets: provider '" + t.provider()
                            + "' is not configured; configured providers: " + String.join(", ", names));
                }
            }
            for (String f : m.fallbacks()) {
                if (!aliases.contains(f)) problems.add("models[" + m.alias() + "].fallbacks: '" + f + "' is not a configured model");
            }
            if (m.contextFallback() != null && !aliases.contains(m.contextFallback())) {
                problems.add("models[" + m.alias() + "].context-fallback: '" + m.contextFallback() + "' is not a configured model");
            }
        }
        ModelSelectionConfig.crossCheck(models, problems);
        Set<String> keyNames = new HashSet<>();
        for (VirtualKey k : keys) {
            if (k.name() != null && !keyNames.add(k.name())) problems.add("keys: the name '" + k.name() + "' is used twice");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
