package dev.gantry.server.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code guards:} section; see {@link GuardSettings}. */
final class GuardConfig {
    private GuardConfig() {
    }

    static GuardSettings read(Node n, Set<String> aliases) {
        GuardSettings d = GuardSettings.NONE;
        if (n == null) return d;
        boolean failClosed = n.bool("fail-closed", d.failClosed());
        int window = (int) n.integer("window", d.window(), 32); // the stream guard needs room for a whole value
        int maxChars = (int) n.integer("max-chars", d.maxChars(), 1_000);
        Map<String, List<String>> denyLists = denyLists(n);
        Map<String, GuardSettings.Remote> remotes = remotes(n);
        GuardSettings.Judge judge = judge(n.object("judge"), aliases);
        boolean harmfulEmbedding = n.bool("harmful-embedding", d.harmfulEmbedding());
        Map<String, GuardSettings.Policy> policies = new LinkedHashMap<>();
        n.objectMap("policies").forEach((name, p) -> policies.put(name, policy(p, denyLists.keySet())));
        Map<String, String> models = n.stringMap("models");
        Map<String, String> keys = n.stringMap("keys");
        models.forEach((alias, policy) -> {
            if (!aliases.contains(alias)) n.problem("models", "'" + alias + "' is not a model alias; aliases: " + aliases);
            requirePolicy(n, "models", policy, policies);
        });
        keys.forEach((key, policy) -> requirePolicy(n, "keys", policy, policies));
        n.finish();
        return new GuardSettings(failClosed, window, maxChars, policies, models, keys, denyLists, remotes, judge, harmfulEmbedding);
    }

    /** {model, from, timeout}; the band's top is the harmful detector's own threshold. */
    private static GuardSettings.Judge judge(Node j, Set<String> aliases) {
        if (j == null) return null;
        String model = j.required("model");
        if (model != null && !model.contains("/") && !aliases.contains(model)) {
            j.problem("model", "'" + model + "' is not a model alias; aliases: " + aliases);
        }
        double from = j.decimal("from", BigDecimal.valueOf(0.15)).doubleValue();
        if (from < 0 || from > 1) j.problem("from", from + " is not between 0 and 1");
        java.time.Duration timeout = j.duration("timeout", java.time.Duration.ofSeconds(5));
        j.finish();
        return new GuardSettings.Judge(model, from, timeout);
    }

    private static Map<String, GuardSettings.Remote> remotes(Node n) {
        Map<String, GuardSettings.Remote> out = new LinkedHashMap<>();
        n.objectMap("remote-classifiers").forEach((detector, r) -> {
            if (!detector.equals("injection") && !detector.equals("harmful")) {
                n.problem("remote-classifiers", "'" + detector + "' has no remote layer; use injection or harmful");
            }
            String url = r.required("url");
            if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
                r.problem("url", "'" + url + "' is not an http(s) URL, e.g. http://tei:8080/predict");
            }
            out.put(detector, new GuardSettings.Remote(url, r.string("label", null),
                    r.duration("timeout", java.time.Duration.ofMillis(500))));
            r.finish();
        });
        return out;
    }

    private static Map<String, List<String>> denyLists(Node n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Node lists = n.object("deny-lists");
        if (lists == null) return out;
        for (String name : lists.fieldNames()) {
            List<String> terms = lists.strings(name).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
            if (terms.isEmpty()) lists.problem(name, "the deny-list has no terms; list them, e.g. [Acme Corp, Globex]");
            out.put(name, terms);
        }
        return out;
    }

    private static void requirePolicy(Node n, String where, String policy, Map<String, GuardSettings.Policy> policies) {
        if (!policies.containsKey(policy)) {
            n.problem(where, "policy '" + policy + "' is not defined under guards.policies; defined: " + policies.keySet());
        }
    }

    private static GuardSettings.Policy policy(Node p, Set<String> denyLists) {
        List<GuardSettings.Rule> input = rules(p.objects("input"), denyLists);
        List<GuardSettings.Rule> output = rules(p.objects("output"), denyLists);
        List<GuardSettings.Rule> sources = p.has("sources") ? rules(p.objects("sources"), denyLists) : null;
        p.finish();
        return new GuardSettings.Policy(input, output, sources);
    }

    private static List<GuardSettings.Rule> rules(List<Node> nodes, Set<String> denyLists) {
        List<GuardSettings.Rule> out = new ArrayList<>();
        for (Node r : nodes) {
            String detector = r.required("detector");
            String action = r.required("action");
            if (detector != null && detector.startsWith(GuardSettings.DENY_PREFIX)) {
                String list = detector.substring(GuardSettings.DENY_PREFIX.length());
                if (!denyLists.contains(list)) {
                    r.problem("detector", "deny-list '" + list + "' is not defined under guards.deny-lists; defined: " + denyLists);
                }
            } else if (detector != null && !GuardSettings.DETECTORS.contains(detector)) {
                r.problem("detector", "'" + detector + "' is not one of " + GuardSettings.DETECTORS + " or deny:<list>");
            }
            if (action != null && !GuardSettings.ACTIONS.contains(action)) {
                r.problem("action", "'" + action + "' is not one of " + GuardSettings.ACTIONS);
            }
            // default 0: the detector's own calibrated threshold decides, which is what `guard eval` measures
            double minScore = r.decimal("min-score", BigDecimal.ZERO).doubleValue();
            if (minScore < 0 || minScore > 1) r.problem("min-score", minScore + " is not between 0 and 1");
            out.add(new GuardSettings.Rule(detector, action, r.strings("types"), minScore));
            r.finish();
        }
        return out;
    }
}
