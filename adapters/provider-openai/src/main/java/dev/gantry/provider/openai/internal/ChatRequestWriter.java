package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Gen.bool;
import static dev.gantry.provider.openai.internal.Gen.num;
import static dev.gantry.provider.openai.internal.Gen.obj;
import static dev.gantry.provider.openai.internal.Gen.str;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import java.io.IOException;
import java.util.Map;

/** A ChatRequest to an OpenAI chat-completions body: the inverse of ChatRequestReader, extra written back. */
public final class ChatRequestWriter {
    private ChatRequestWriter() {
    }

    public static byte[] write(ChatRequest r) {
        return Json.write(g -> write(g, r));
    }

    private static void write(JsonGenerator g, ChatRequest r) throws IOException {
        g.writeStartObject();
        str(g, "model", r.model());
        g.writeArrayFieldStart("messages");
        for (ChatMessage m : r.messages()) MessageWriter.writeRequestMessage(g, m);
        g.writeEndArray();
        ToolWriter.tools(g, r.tools());
        ToolWriter.toolChoice(g, r.toolChoice());
        bool(g, "parallel_tool_calls", r.parallelToolCalls());
        ToolWriter.responseFormat(g, r.responseFormat());
        num(g, "n", r.n());
        stop(g, r);
        num(g, "seed", r.seed());
        num(g, "temperature", r.temperature());
        num(g, "top_p", r.topP());
        num(g, "top_k", r.topK());
        num(g, r.extra().containsKey(ChatFields.MAX_COMPLETION_TOKENS) ? ChatFields.MAX_COMPLETION_TOKENS : "max_tokens",
                r.maxTokens());
        num(g, "presence_penalty", r.presencePenalty());
        num(g, "frequency_penalty", r.frequencyPenalty());
        bool(g, "logprobs", r.logprobs());
        num(g, "top_logprobs", r.topLogprobs());
        str(g, "user", r.user());
        if (r.stream()) {
            g.writeBooleanField("stream", true);
            streamOptions(g, r);
        }
        str(g, "reasoning_effort", r.reasoningEffort());
        obj(g, "metadata", r.metadata());
        for (Map.Entry<String, Object> e : r.extra().entrySet()) {
            // a typed field wins over a same-named extra entry, so no key is ever written twice
            if (!ChatFields.TYPED.contains(e.getKey())) g.writeObjectField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void stop(JsonGenerator g, ChatRequest r) throws IOException {
        if (r.stop().isEmpty()) return;
        g.writeArrayFieldStart("stop");
        for (String s : r.stop()) g.writeString(s);
        g.writeEndArray();
    }

    /** include_usage from the typed field, any other stream_options keys from extra. */
    private static void streamOptions(JsonGenerator g, ChatRequest r) throws IOException {
        Map<?, ?> others = r.extra().get(ChatFields.STREAM_OPTIONS) instanceof Map<?, ?> m ? m : Map.of();
        boolean hasOthers = others.keySet().stream().anyMatch(k -> !"include_usage".equals(k));
        if (!r.includeUsage() && !hasOthers) return;
        g.writeObjectFieldStart(ChatFields.STREAM_OPTIONS);
        for (Map.Entry<?, ?> e : others.entrySet()) {
            if (!"include_usage".equals(e.getKey())) g.writeObjectField(String.valueOf(e.getKey()), e.getValue());
        }
        if (r.includeUsage()) g.writeBooleanField("include_usage", true);
        g.writeEndObject();
    }
}
