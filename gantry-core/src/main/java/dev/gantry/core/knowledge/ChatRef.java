package dev.gantry.core.knowledge;

/** A conversation: a platform and its chat (Telegram chat id, Slack channel, or the API caller's chat name). */
public record ChatRef(String source, String chatId) {
    @Override
    public String toString() {
        return source + ":" + chatId;
    }
}
