package dev.gantry.core.batch;

import dev.gantry.core.chat.ChatRequest;
import java.util.regex.Pattern;

/**
 * One request of a batch. The custom id ties the answer to the request: results come back in any order.
 *
 * @param customId 1 to 64 letters, digits, '_' or '-' (Anthropic's rule, the stricter of the two providers)
 * @param request  what a normal chat call would send; its model is the upstream model
 */
public record BatchItem(String customId, ChatRequest request) {
    private static final Pattern CUSTOM_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public BatchItem {
        if (customId == null || !CUSTOM_ID.matcher(customId).matches()) {
            throw new IllegalArgumentException("custom_id '" + customId + "' is not 1 to 64 letters, digits, '_' or '-'; "
                    + "give every request such an id, unique within the batch");
        }
        if (request == null) throw new IllegalArgumentException("batch item '" + customId + "' has no request");
    }
}
