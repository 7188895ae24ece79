package dev.gantry.core.batch;

import dev.gantry.core.chat.ChatResponse;

/**
 * The outcome of one batch item: an answer or an error, never both.
 *
 * @param response the answer (with its usage), or null
 * @param error    why there is no answer, or null
 */
public record BatchResultItem(String customId, ChatResponse response, ItemError error) {
    public BatchResultItem {
        if ((response == null) == (error == null)) {
            throw new IllegalArgumentException("batch item '" + customId + "' needs exactly one of a response or an error");
        }
    }

    public static BatchResultItem answered(String customId, ChatResponse response) {
        return new BatchResultItem(customId, response, null);
    }

    public static BatchResultItem failed(String customId, String code, String message, int status) {
        return new BatchResultItem(customId, null, new ItemError(code, message, status));
    }

    public boolean succeeded() {
        return response != null;
    }

    /**
     * @param code    the provider's error type or code ("invalid_request_error", "expired", "canceled", "batch_expired")
     * @param message the provider's message
     * @param status  the HTTP status the item's call had, 0 when it never ran
     */
    public record ItemError(String code, String message, int status) {
    }
}
