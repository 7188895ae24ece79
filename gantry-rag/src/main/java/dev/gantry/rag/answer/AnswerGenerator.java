package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;

/**
 * Where grounded prompts go to be answered: wired to the gateway, so answers get its routing, fallback,
 * limits, budgets and usage accounting like any other chat call. {@code request.model()} is an alias.
 */
public interface AnswerGenerator {
    ChatResponse complete(ChatRequest request);

    ChatStream stream(ChatRequest request);
}
