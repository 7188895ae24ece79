package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Grounds a client's own conversation (a chat-completions request to a model bound to a collection): the rules
 * and the numbered sources go first as a system message; the client's messages follow unchanged.
 */
public final class GroundedChat {
    private GroundedChat() {
    }

    /** The text of the conversation's last user message: what to retrieve for; null when there is none. */
    public static String lastQuestion(ChatRequest request) {
        for (int i = request.messages().size() - 1; i >= 0; i--) {
            ChatMessage m = request.messages().get(i);
            if (m.role() == Role.USER && m.text() != null && !m.text().isBlank()) return m.text();
        }
        return null;
    }

    public static ChatRequest ground(ChatRequest request, PackedContext context, String model) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(GroundedPrompt.SYSTEM.replace("in the user's message", "below")
                + "\n\nSources:\n\n" + context.text()));
        messages.addAll(request.messages());
        return request.toBuilder().model(model).messages(messages).build();
    }
}
