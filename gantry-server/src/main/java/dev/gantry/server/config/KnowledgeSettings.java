package dev.gantry.server.config;

import java.time.Duration;
import java.util.Set;

/**
 * The {@code knowledge:} section: the pipeline that turns chat messages into reviewed knowledge.
 *
 * @param enabled           off by default: the routes answer 404 and no job runs
 * @param extractionModel   the gateway model alias extraction asks (required when enabled)
 * @param embeddingModel    the in-process model of the scorer, the merger and the search collection
 * @param collection        the RAG collection approved knowledge is indexed in
 * @param scoreThreshold    a message scoring at or above this is signal (0..1)
 * @param batchSize         signal messages of one chat sent to the model at once
 * @param batchWait         how long a chat's signal messages gather before extraction (0s: at once)
 * @param extractionAttempts model answers tried per batch before its job is dead-lettered
 * @param jobAttempts       deliveries of a job (a failing model call is retried) before it is dead-lettered
 * @param allowedChats      "source:chat-id"; empty: every chat is processed
 * @param telegramSecret    the secret_token given to Telegram's setWebhook; null: the Telegram webhook is refused
 * @param slackSigningSecret the Slack app's signing secret; null: the Slack webhook is refused
 * @param maxMessageBytes   the most UTF-8 bytes of one message's text
 * @param mergeThreshold    cosine similarity at or above which a new atom becomes a version of an existing one
 */
public record KnowledgeSettings(boolean enabled, String extractionModel, String embeddingModel, String collection,
                                double scoreThreshold, int batchSize, Duration batchWait, int extractionAttempts,
                                int jobAttempts, Set<String> allowedChats, String telegramSecret, String slackSigningSecret,
                                int maxMessageBytes, double mergeThreshold) {
    public static final KnowledgeSettings OFF = new KnowledgeSettings(false, null, "local/all-minilm-l6-v2-q", "knowledge",
            0.5, 20, Duration.ofSeconds(30), 3, 5, Set.of(), null, null, 16_384, 0.85);

    public KnowledgeSettings {
        allowedChats = Set.copyOf(allowedChats);
    }

    @Override
    public String toString() {
        return "KnowledgeSettings[enabled=" + enabled + ", extractionModel=" + extractionModel + ", telegramSecret="
                + (telegramSecret == null ? "unset" : "set") + ", slackSigningSecret=" + (slackSigningSecret == null ? "unset" : "set") + "]";
    }
}
