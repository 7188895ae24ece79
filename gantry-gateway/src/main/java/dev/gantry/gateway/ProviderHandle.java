package dev.gantry.gateway;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.embed.EmbeddingModel;

/** A configured provider as the gateway sees it: its name, its type (for prices) and its adapters. */
public record ProviderHandle(String name, String type, ChatModel chat, EmbeddingModel embeddings) {
}
