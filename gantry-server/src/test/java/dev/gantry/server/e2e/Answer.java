package dev.gantry.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One assistant turn as a client of either dialect saw it, read back from the wire the same way for plain
 * and streamed answers, so a test can compare every dialect pair with one set of assertions.
 *
 * @param text         the answer text ("" when there was none)
 * @param finishReason OpenAI finish_reason or Anthropic stop_reason, as sent
 * @param inputTokens  prompt tokens reported to the client (Anthropic: input + cache reads + cache writes)
 */
record Answer(String text, List<Call> calls, String finishReason, long inputTokens, long outputTokens) {

    /** A tool call; {@code arguments} parsed, so key order and spacing do not matter. */
    record Call(String id, String name, JsonNode arguments) {
    }
}
