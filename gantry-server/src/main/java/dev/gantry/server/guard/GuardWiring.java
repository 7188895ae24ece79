package dev.gantry.server.guard;

import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.guard.Detector;
import dev.gantry.guard.chain.GuardAction;
import dev.gantry.guard.chain.GuardChain;
import dev.gantry.guard.chain.GuardPolicy;
import dev.gantry.guard.chain.GuardRule;
import dev.gantry.guard.classify.RemoteClassifier;
import dev.gantry.guard.deny.DenyListDetector;
import dev.gantry.guard.exchange.GuardedCall;
import dev.gantry.guard.exchange.PolicyChains;
import dev.gantry.guard.exchange.PolicyGuardrail;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import dev.gantry.guard.injection.InjectionDetector;
import dev.gantry.guard.judge.Judge;
import dev.gantry.guard.judge.JudgedHarmfulDetector;
import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.server.config.GuardSettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.net.URI;
import java.util.function.Consumer;

/** Builds the gateway's guardrail from the {@code guards:} config: one detector instance per kind, shared. */
public final class GuardWiring {
    private final Map<String, Detector> detectors = new HashMap<>();
    private final GuardSettings settings;
    private final Judge judge;
    private final EmbeddingModel embeddings;

    private GuardWiring(GuardSettings settings, Judge judge, EmbeddingModel embeddings) {
        this.settings = settings;
        this.judge = judge;
        this.embeddings = embeddings;
    }

    /** {@link Guardrail#NONE} when no policy is configured, so an unguarded gateway pays nothing. */
    public static Guardrail guardrail(GuardSettings settings, Consumer<GuardedCall> onDecisions) {
        return guardrail(settings, onDecisions, null, null);
    }

    /**
     * @param judge      asked about the harmful detector's uncertain band when {@code guards.judge} is set; may be null
     * @param embeddings computes the harmful detector's embedding layer when {@code guards.harmful-embedding} is set;
     *                   required then
     */
    public static Guardrail guardrail(GuardSettings settings, Consumer<GuardedCall> onDecisions, Judge judge, EmbeddingModel embeddings) {
        if (!settings.enabled()) return Guardrail.NONE;
        if (settings.harmfulEmbedding() && embeddings == null) {
            throw new IllegalArgumentException("guards.harmful-embedding needs an in-process embedding model");
        }
        GuardWiring w = new GuardWiring(settings, settings.judge() == null ? null : judge, embeddings);
        Map<String, PolicyChains> policies = new LinkedHashMap<>();
        settings.policies().forEach((name, p) -> policies.put(name, w.chains(name, p, settings)));
        return new PolicyGuardrail(policies, settings.models(), settings.keys(), onDecisions);
    }

    /** A detector by its config name: pii, injection or harmful. */
    public static Detector detector(String name) {
        return detector(name, GuardSettings.NONE);
    }

    /** As {@link #detector(String)}; the harmful detector with its embedding layer, computed by {@code embeddings}. */
    public static Detector detectorWithEmbeddings(String name, EmbeddingModel embeddings) {
        return detector(name, GuardSettings.NONE, null, embeddings);
    }

    /** A detector by its config name, with the deny-lists and remote classifiers of {@code s}. */
    static Detector detector(String name, GuardSettings s) {
        return detector(name, s, null, null);
    }

    private static Detector detector(String name, GuardSettings s, Judge judge, EmbeddingModel embeddings) {
        if (name.startsWith(GuardSettings.DENY_PREFIX)) {
            String list = name.substring(GuardSettings.DENY_PREFIX.length());
            return new DenyListDetector(list, s.denyLists().getOrDefault(list, List.of()));
        }
        Optional<RemoteClassifier> remote = Optional.ofNullable(s.remotes().get(name))
                .map(r -> new RemoteClassifier(URI.create(r.url()), r.timeout(), r.label()));
        return switch (name) {
            case "pii" -> new PiiDetector();
            case "injection" -> new InjectionDetector(InjectionDetector.DEFAULT_THRESHOLD, remote);
            case "harmful" -> {
                HarmfulContentDetector.prepareInBackground();
                yield judged(embeddings == null ? new HarmfulContentDetector(HarmfulContentDetector.DEFAULT_THRESHOLD, remote)
                        : HarmfulContentDetector.withEmbeddings(remote, embeddings), s, judge);
            }
            default -> throw new IllegalArgumentException("unknown detector '" + name + "'; use one of "
                    + GuardSettings.DETECTORS);
        };
    }

    private static Detector judged(HarmfulContentDetector harmful, GuardSettings s, Judge judge) {
        return judge == null || s.judge() == null ? harmful : new JudgedHarmfulDetector(harmful, judge, s.judge().from());
    }

    private PolicyChains chains(String name, GuardSettings.Policy p, GuardSettings s) {
        List<GuardRule> input = rules(name, "input", p.input());
        List<GuardRule> output = rules(name, "output", p.output());
        List<GuardRule> piiInput = input.stream().filter(r -> r.detector().name().equals("pii")).toList();
        List<GuardRule> sources = rules(name, "sources", p.sources());
        return new PolicyChains(name, chain(input, output, s), chain(piiInput, output, s), chain(sources, List.of(), s));
    }

    /** A pii rule that names types gets a detector for exactly those, so opt-in types (PERSON...) are found. */
    private static String detectorKey(GuardSettings.Rule r) {
        return isTypedPii(r) ? "pii" + new TreeSet<>(r.types()) : r.detector();
    }

    private static Detector detector(GuardSettings.Rule r, GuardSettings s, Judge judge, EmbeddingModel embeddings) {
        return isTypedPii(r) ? new PiiDetector(Set.copyOf(r.types())) : detector(r.detector(), s, judge, embeddings);
    }

    private static boolean isTypedPii(GuardSettings.Rule r) {
        return r.detector().equals("pii") && !r.types().isEmpty();
    }

    private static GuardChain chain(List<GuardRule> input, List<GuardRule> output, GuardSettings s) {
        GuardPolicy policy = GuardPolicy.of(input, output).failClosed(s.failClosed()).window(s.window())
                .maxChars(s.maxChars());
        return new GuardChain(policy, (direction, decision) -> { }); // decisions are reported per request instead
    }

    private List<GuardRule> rules(String policy, String stage, List<GuardSettings.Rule> rules) {
        return java.util.stream.IntStream.range(0, rules.size()).mapToObj(i -> {
            GuardSettings.Rule r = rules.get(i);
            Detector d = detectors.computeIfAbsent(detectorKey(r), key -> detector(r, settings, judge, settings.harmfulEmbedding() ? embeddings : null));
            GuardRule rule = GuardRule.of(d, GuardAction.valueOf(r.action().toUpperCase(Locale.ROOT)))
                    .named(policy + "." + stage + "[" + i + "]").minScore(r.minScore());
            return r.types().isEmpty() ? rule : rule.types(r.types().toArray(String[]::new));
        }).toList();
    }
}
