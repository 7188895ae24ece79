package dev.gantry.gateway;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import java.util.List;

/**
 * A request's prompt and answer as plain text, for the opt-in request log. Built lazily by whoever reads it (the
 * log's writer thread), never on the request path; the reader redacts and cuts it.
 *
 * @param prompt the messages as "role: text" lines; null when unknown
 * @param answer the answer's text; null when there is none
 */
public record CapturedExchange(String prompt, String answer) {
    public static final CapturedExchange NONE = new CapturedExchange(null, null);

    static CapturedExchange of(ChatRequest request, String answer) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : request.messages()) {
            String text = m.text();
            if (text == null || text.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(m.role().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(text);
        }
        return new CapturedExchange(sb.toString(), answer);
    }

    static CapturedExchange of(ChatRequest request, ChatResponse response) {
        ChatMessage m = response == null ? null : response.message();
        return of(request, m == null ? null : m.text());
    }

    static CapturedExchange ofInputs(List<String> inputs) {
        return new CapturedExchange(String.join("\n", inputs), null);
    }
}
