package dev.gantry.guard.exchange;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Rewrites every text part of a request's messages, leaving images, thinking blocks and tool calls as they are. */
final class RequestTexts {
    private RequestTexts() {
    }

    /** @param rewrite (role, text) to the text to send; returning the same string keeps the part as it was */
    static ChatRequest rewrite(ChatRequest request, BiFunction<Role, String, String> rewrite) {
        List<ChatMessage> out = new ArrayList<>(request.messages().size());
        boolean changed = false;
        for (ChatMessage m : request.messages()) {
            ChatMessage n = rewrite(m, rewrite);
            changed |= n != m;
            out.add(n);
        }
        return changed ? request.toBuilder().messages(out).build() : request;
    }

    static ChatMessage rewrite(ChatMessage m, BiFunction<Role, String, String> rewrite) {
        List<ContentPart> parts = new ArrayList<>(m.content().size());
        boolean changed = false;
        for (ContentPart p : m.content()) {
            if (p instanceof ContentPart.Text t && t.text() != null) {
                String text = rewrite.apply(m.role(), t.text());
                if (!text.equals(t.text())) {
                    p = new ContentPart.Text(text, t.cacheControl());
                    changed = true;
                }
            }
            parts.add(p);
        }
        return changed ? new ChatMessage(m.role(), parts, m.toolCalls(), m.toolCallId(), m.name(), m.isError()) : m;
    }
}
