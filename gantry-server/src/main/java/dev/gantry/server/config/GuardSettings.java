package dev.gantry.server.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code guards:} section: named policies of input and output rules, and which policy applies to which model
 * alias and key. Nothing is checked unless a policy applies: a key's policy wins over its alias's, which wins over
 * {@code default}.
 *
 * @param failClosed block (true, the default) or pass with a flag (false) when a check cannot run: a detector
 *                   failed, or the input is larger than {@code maxChars}
 * @param window     characters a streamed answer may be held back while the output rules look at it
 * @param maxChars   the most characters of one request the guards read before failing closed (or open)
 * @param policies   policy name to rules; {@code default} applies where nothing else does
 * @param models     model alias to policy name
 * @param keys       key name to policy name
 * @param denyLists  named lists of terms, used by rules as detector {@code deny:<name>}
 * @param remotes    detector name (injection, harmful) to the served classifier averaged into its score
 * @param judge      the LLM judge for the harmful detector's uncertain band; null: none
 * @param harmfulEmbedding the harmful detector also reads a sentence embedding (in process) of the texts its other
 *                   layers are unsure of: more caught at the same false-positive rate, an embedding's latency on those
 */
public record GuardSettings(boolean failClosed, int window, int maxChars, Map<String, Policy> policies,
                            Map<String, String> models, Map<String, String> keys, Map<String, List<String>> denyLists,
                            Map<String, Remote> remotes, Judge judge, boolean harmfulEmbedding) {
    public static final Set<String> DETECTORS = Set.of("pii", "injection", "harmful");
    public static final Set<String> ACTIONS = Set.of("block", "redact", "pseudonymize", "flag");
    public static final String DENY_PREFIX = "deny:";
    public static final GuardSettings NONE = new GuardSettings(true, 128, 1_000_000, Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), null, false);

    public GuardSettings {
        policies = Map.copyOf(policies);
        models = Map.copyOf(models);
        keys = Map.copyOf(keys);
        denyLists = Map.copyOf(denyLists);
        remotes = Map.copyOf(remotes);
    }

    /**
     * A classifier served over HTTP, e.g. a prompt-injection model on Hugging Face text-embeddings-inference.
     *
     * @param url     the endpoint, e.g. http://tei:8080/predict
     * @param label   the label whose score is the probability (TEI /predict); null: the plain {text} -> {score} protocol
     * @param timeout past it the detector decides alone (the remote layer fails open)
     */
    public record Remote(String url, String label, java.time.Duration timeout) {
    }

    /**
     * A model asked about texts the harmful classifier scores from {@code from} up to its threshold.
     *
     * @param model   the alias (or provider/model) that judges; its calls are costed under feature guard-judge
     * @param from    lowest classifier score that is judged
     * @param timeout past it the classifier's verdict stands
     */
    public record Judge(String model, double from, java.time.Duration timeout) {
    }

    public boolean enabled() {
        return !policies.isEmpty();
    }

    /**
     * @param input   rules for the request
     * @param output  rules for the answer
     * @param sources rules for retrieved RAG passages (a blocking rule leaves the passage out); null: the input rules
     */
    public record Policy(List<Rule> input, List<Rule> output, List<Rule> sources) {
        public Policy {
            input = List.copyOf(input);
            output = List.copyOf(output);
            sources = sources == null ? input : List.copyOf(sources);
        }
    }

    /**
     * @param detector {@code pii}, {@code injection}, {@code harmful} or {@code deny:<list>}
     * @param action   {@code block}, {@code redact}, {@code pseudonymize} or {@code flag}
     * @param types    finding types the rule acts on (e.g. EMAIL_ADDRESS); empty means all the detector finds
     * @param minScore findings below this confidence are ignored
     */
    public record Rule(String detector, String action, List<String> types, double minScore) {
        public Rule {
            types = List.copyOf(types);
        }
    }
}
