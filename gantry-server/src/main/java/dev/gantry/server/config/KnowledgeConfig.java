package dev.gantry.server.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code knowledge:} section; defaults in {@link KnowledgeSettings#OFF} (with enabled: true when present). */
final class KnowledgeConfig {
    private static final Pattern CHAT = Pattern.compile("[a-z][a-z0-9_-]*:\\S+");

    private KnowledgeConfig() {
    }

    static KnowledgeSettings read(Node n, Set<String> aliases) {
        KnowledgeSettings d = KnowledgeSettings.OFF;
        if (n == null) return d;
        boolean enabled = n.bool("enabled", true);
        String model = enabled ? n.required("extraction-model") : n.string("extraction-model", null);
        if (model != null && !aliases.contains(model) && !model.contains("/")) {
            n.problem("extraction-model", "'" + model + "' is not a configured model alias; use one of " + aliases
                    + " or provider/model");
        }
        String embedding = n.string("embedding-model", d.embeddingModel());
        if (!embedding.startsWith("local/")) {
            n.problem("embedding-model", "'" + embedding + "' is not an in-process model; use local/all-minilm-l6-v2-q, "
                    + "local/all-minilm-l6-v2 or local/bge-small-en-v1.5-q (scoring runs per message and must stay in process)");
        }
        String collection = n.string("collection", d.collection());
        double threshold = unit(n, "score-threshold", d.scoreThreshold());
        int batch = (int) n.integer("batch-size", d.batchSize(), 1);
        Duration wait = n.duration("batch-wait", d.batchWait());
        int attempts = (int) n.integer("extraction-attempts", d.extractionAttempts(), 1);
        int jobAttempts = (int) n.integer("job-attempts", d.jobAttempts(), 1);
        Set<String> chats = new HashSet<>(n.strings("allowed-chats"));
        for (String c : chats) {
            if (!CHAT.matcher(c).matches()) {
                n.problem("allowed-chats", "'" + c + "' is not source:chat-id, such as telegram:-1001234567 or slack:C0123ABCD");
            }
        }
        Node telegram = n.object("telegram");
        String telegramSecret = telegram == null ? null : telegram.secret("secret-token");
        if (telegram != null) telegram.finish();
        Node slack = n.object("slack");
        String slackSecret = slack == null ? null : slack.secret("signing-secret");
        if (slack != null) slack.finish();
        int maxBytes = (int) n.integer("max-message-bytes", d.maxMessageBytes(), 256);
        double merge = unit(n, "merge-threshold", d.mergeThreshold());
        n.finish();
        return new KnowledgeSettings(enabled, model, embedding, collection, threshold, batch, wait, attempts, jobAttempts,
                chats, telegramSecret, slackSecret, maxBytes, merge);
    }

    private static double unit(Node n, String key, double fallback) {
        double v = n.decimal(key, java.math.BigDecimal.valueOf(fallback)).doubleValue();
        if (!(v > 0 && v < 1)) {
            n.problem(key, v + " is out of range; use a number between 0 and 1 (exclusive), default " + fallback);
            return fallback;
        }
        return v;
    }
}
