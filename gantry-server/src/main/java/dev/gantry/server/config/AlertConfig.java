package dev.gantry.server.config;

import dev.gantry.alerts.DeliveryPolicy;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.alerts.rule.BudgetRule;
import dev.gantry.alerts.rule.CostAnomalyRule;
import dev.gantry.alerts.rule.ErrorRateRule;
import dev.gantry.alerts.rule.LatencyRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code alerts:} section; see {@link AlertSettings} and the README's Alerts section. */
final class AlertConfig {
    static final List<String> KINDS = List.of(BudgetRule.KIND, ErrorRateRule.KIND, LatencyRule.KIND, CostAnomalyRule.KIND);

    private AlertConfig() {
    }

    static AlertSettings read(Node n, Set<String> aliases) {
        AlertSettings d = AlertSettings.NONE;
        if (n == null) return d;
        Duration every = positive(n, "evaluate-every", d.evaluateEvery());
        Duration resolveAfter = n.duration("resolve-after", d.resolveAfter());
        Node del = n.object("delivery");
        Duration timeout = del == null ? d.timeout() : positive(del, "timeout", d.timeout());
        DeliveryPolicy delivery = delivery(del);
        List<AlertSettings.Webhook> webhooks = webhooks(n);
        Set<String> webhookNames = new HashSet<>();
        webhooks.forEach(w -> webhookNames.add(w.name()));
        List<AlertRule> rules = rules(n, aliases, webhookNames);
        n.finish();
        return new AlertSettings(every, resolveAfter, timeout, delivery, webhooks, rules);
    }

    private static DeliveryPolicy delivery(Node del) {
        DeliveryPolicy d = DeliveryPolicy.DEFAULT;
        if (del == null) return d;
        DeliveryPolicy p = new DeliveryPolicy((int) del.integer("attempts", d.attempts(), 1), del.duration("backoff", d.backoff()),
                (int) del.integer("queue", d.queue(), 1));
        del.finish();
        return p;
    }

    private static List<AlertSettings.Webhook> webhooks(Node n) {
        List<AlertSettings.Webhook> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node w : n.objects("webhooks")) {
            String name = w.required("name");
            if (name != null && !names.add(name)) w.problem("name", "'" + name + "' is used by two webhooks");
            if (!w.has("url")) w.problem("url", "is required: the webhook's URL, written as ${ENV_NAME} (it is a secret)");
            String url = w.secret("url");
            // never quote the URL: a Slack webhook URL is its own credential
            if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
                w.problem("url", "the value of the environment variable is not an http(s) URL");
            }
            w.finish();
            if (name != null && url != null) out.add(new AlertSettings.Webhook(name, url));
        }
        return out;
    }

    private static List<AlertRule> rules(Node n, Set<String> aliases, Set<String> webhooks) {
        List<AlertRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> nodes = n.objects("rules");
        if (nodes.isEmpty()) n.problem("rules", "add at least one rule, e.g. {name: chat-errors, kind: error-rate, model: chat, above: 5%}");
        for (Node r : nodes) {
            String name = r.required("name");
            if (name != null && !names.add(name)) r.problem("name", "'" + name + "' is used by two rules");
            String kind = r.required("kind");
            List<String> targets = r.strings("webhooks");
            for (String t : targets) {
                if (!webhooks.contains(t)) r.problem("webhooks", "'" + t + "' is not defined under alerts.webhooks; defined: " + webhooks);
            }
            AlertRule rule = rule(r, name, kind, targets, aliases);
            r.finish();
            if (rule != null) out.add(rule);
        }
        return out;
    }

    private static AlertRule rule(Node r, String name, String kind, List<String> targets, Set<String> aliases) {
        if (kind == null) return null;
        return switch (kind) {
            case BudgetRule.KIND -> new BudgetRule(name, r.strings("keys"), thresholds(r), targets);
            case ErrorRateRule.KIND -> new ErrorRateRule(name, model(r, aliases), above(r), positive(r, "window", Duration.ofMinutes(5)),
                    (int) r.integer("min-requests", 20, 1), targets);
            case LatencyRule.KIND -> new LatencyRule(name, model(r, aliases), percentile(r), requiredDuration(r, "above"),
                    positive(r, "window", Duration.ofMinutes(5)), (int) r.integer("min-requests", 20, 1), targets);
            case CostAnomalyRule.KIND -> costAnomaly(r, name, targets, aliases);
            default -> {
                r.problem("kind", "'" + kind + "' is not one of " + String.join(", ", KINDS));
                yield null;
            }
        };
    }

    private static CostAnomalyRule costAnomaly(Node r, String name, List<String> targets, Set<String> aliases) {
        String model = r.string("model", null);
        if (model != null) checkAlias(r, model, aliases);
        Duration window = positive(r, "window", Duration.ofHours(1));
        Duration trailing = positive(r, "trailing", Duration.ofHours(24));
        if (trailing.compareTo(window) < 0) r.problem("trailing", "must be at least the window (" + window.toMinutes() + " minutes); e.g. window: 1h, trailing: 24h");
        double factor = r.decimal("factor", BigDecimal.valueOf(3)).doubleValue();
        if (factor <= 1) r.problem("factor", "is " + factor + "; it must be above 1 (3 means three times the usual spend)");
        return new CostAnomalyRule(name, model, window, trailing, factor, r.decimal("min-cost", BigDecimal.ONE), targets);
    }

    private static List<Integer> thresholds(Node r) {
        if (!r.has("thresholds")) return List.of(50, 80, 100);
        List<Integer> out = new ArrayList<>();
        for (String s : r.strings("thresholds")) {
            try {
                int t = Integer.parseInt(s.trim().replace("%", ""));
                if (t < 1 || t > 1000) r.problem("thresholds", t + " is not a percent between 1 and 1000");
                else out.add(t);
            } catch (NumberFormatException e) {
                r.problem("thresholds", "'" + s + "' is not a whole percent; write e.g. [50, 80, 100]");
            }
        }
        if (out.isEmpty()) r.problem("thresholds", "list at least one percent of the budget, e.g. [50, 80, 100]");
        return out;
    }

    private static String model(Node r, Set<String> aliases) {
        String model = r.required("model");
        if (model != null) checkAlias(r, model, aliases);
        return model == null ? "?" : model;
    }

    private static void checkAlias(Node r, String model, Set<String> aliases) {
        if (!model.contains("/") && !aliases.contains(model)) {
            r.problem("model", "'" + model + "' is not a model alias; aliases: " + aliases);
        }
    }

    private static double above(Node r) {
        if (!r.has("above")) r.problem("above", "is required: the error rate that fires the alert, e.g. 5%");
        return r.percent("above", 5);
    }

    private static double percentile(Node r) {
        double p = r.decimal("percentile", BigDecimal.valueOf(95)).doubleValue();
        if (p <= 0 || p > 100) r.problem("percentile", p + " is not between 0 and 100; e.g. 95 or 99.9");
        return p;
    }

    private static Duration requiredDuration(Node r, String key) {
        if (!r.has(key)) r.problem(key, "is required: the latency that fires the alert, e.g. 2s");
        return positive(r, key, Duration.ofSeconds(2));
    }

    private static Duration positive(Node n, String key, Duration fallback) {
        Duration d = n.duration(key, fallback);
        if (d.isZero()) n.problem(key, "must be longer than 0");
        return d;
    }
}
