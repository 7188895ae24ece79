package dev.gantry.knowledge.ingest;

import dev.gantry.core.knowledge.ChatRef;
import java.util.Set;

/**
 * The chats whose messages are processed, as "source:chat-id" ("telegram:-1001234", "slack:C0123", "api:support").
 * Empty: every chat is. A message from any other chat is still stored (never lost) but neither scored nor extracted.
 */
public record ChatAllowList(Set<String> chats) {
    public static final ChatAllowList ALL = new ChatAllowList(Set.of());

    public ChatAllowList {
        chats = Set.copyOf(chats);
    }

    public boolean allows(ChatRef chat) {
        return chats.isEmpty() || chats.contains(chat.toString());
    }
}
