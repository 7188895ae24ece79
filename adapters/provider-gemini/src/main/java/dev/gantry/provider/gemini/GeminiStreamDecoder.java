package dev.gantry.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import dev.gantry.provider.gemini.internal.GeminiCandidate;
import dev.gantry.provider.gemini.internal.GeminiFinishReasons;
import dev.gantry.provider.gemini.internal.GeminiJson;
import dev.gantry.provider.gemini.internal.GeminiLogprobs;
import dev.gantry.provider.gemini.internal.GeminiResponses;
import dev.gantry.provider.gemini.internal.GeminiUsage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the events of {@code :streamGenerateContent?alt=sse} into chunks, one delta per chunk, in part
 * order: reasoning, its signature, answer text, each function call (Gemini sends calls whole: one
 * ToolCallDelta with id, name and all arguments), then the finish. Each event is a partial
 * GenerateContentResponse whose usageMetadata is cumulative; the last one seen rides on the chunk that
 * finishes the last choice. Gemini has no terminal event: {@link #complete()} tells whether EOF is normal.
 * Not thread-safe: one decoder per stream.
 */
public final class GeminiStreamDecoder {
    private final String provider;
    private final String model;
    private final long created = Instant.now().getEpochSecond();
    private final Map<Integer, ChoiceState> choices = new HashMap<>();
    private String id;
    private String answeringModel;
    private Usage usage;
    private Usage usageSent;

    public GeminiStreamDecoder(String model) {
        this("gemini", model);
    }

    /** @param provider named in errors the stream reports */
    public GeminiStreamDecoder(String provider, String model) {
        this.provider = provider;
        this.model = model;
    }

    /** @throws ProviderException MALFORMED_RESPONSE for a non-JSON event, or the mapped error of an error event */
    public List<ChatChunk> onEvent(SseEvent event) {
        String data = event.data();
        if (data == null || data.isBlank()) return List.of();
        JsonNode root = parse(data);
        if (root.has("error")) throw GeminiErrors.fromError(provider, 0, root.get("error"), null);
        if (id == null) {
            id = GeminiResponses.id(root);
            answeringModel = GeminiResponses.modelOf(root, model);
        }
        Usage u = GeminiUsage.read(root.get("usageMetadata"));
        if (u != null) usage = u;
        List<ChoiceDelta> deltas = new ArrayList<>();
        JsonNode candidates = root.path("candidates");
        for (int i = 0; i < candidates.size(); i++) decodeCandidate(candidates.get(i), i, deltas);
        if (candidates.isEmpty() && GeminiResponses.blockReason(root) != null) {
            deltas.add(state(0).delta(0, null, null, null, null, FinishReason.CONTENT_FILTER, null));
        }
        return toChunks(deltas);
    }

    /** True once every choice that started has finished: an EOF now is the normal end of the stream. */
    public boolean complete() {
        if (choices.isEmpty()) return false;
        for (ChoiceState s : choices.values()) {
            if (!s.finished) return false;
        }
        return true;
    }

    private JsonNode parse(String data) {
        try {
            JsonNode root = GeminiJson.MAPPER.readTree(data);
            if (root != null && root.isObject()) return root;
        } catch (IOException e) {
            throw malformed(e);
        }
        throw malformed(null);
    }

    private ProviderException malformed(Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider, 0, "Gemini provider '" + provider
                + "' sent a stream event that is not a JSON object; retry, or report it if it persists", null, cause);
    }

    private void decodeCandidate(JsonNode candidate, int position, List<ChoiceDelta> out) {
        int index = candidate.path("index").asInt(position);
        ChoiceState s = state(index);
        PartWalker walker = new PartWalker(s, index, out, GeminiLogprobs.toOpenAi(candidate.get("logprobsResult")));
        for (JsonNode part : candidate.path("content").path("parts")) walker.add(part);
        walker.flush();
        FinishReason finish = GeminiFinishReasons.map(GeminiJson.text(candidate, "finishReason"), s.calls > 0);
        if (finish != null && !s.finished) out.add(s.delta(index, null, null, null, null, finish, null));
    }

    private ChoiceState state(int index) {
        return choices.computeIfAbsent(index, i -> new ChoiceState());
    }

    private List<ChatChunk> toChunks(List<ChoiceDelta> deltas) {
        boolean attachUsage = complete() && usage != null && !Objects.equals(usage, usageSent);
        if (deltas.isEmpty()) {
            // a usage-only event after the finish: report the newer totals on their own chunk
            return attachUsage ? List.of(chunk(List.of(), markUsageSent())) : List.of();
        }
        List<ChatChunk> chunks = new ArrayList<>(deltas.size());
        for (int i = 0; i < deltas.size(); i++) {
            boolean last = i == deltas.size() - 1;
            chunks.add(chunk(List.of(deltas.get(i)), last && attachUsage ? markUsageSent() : null));
        }
        return chunks;
    }

    private Usage markUsageSent() {
        usageSent = usage;
        return usage;
    }

    private ChatChunk chunk(List<ChoiceDelta> deltas, Usage chunkUsage) {
        return new ChatChunk(id, answeringModel, created, deltas, chunkUsage, null);
    }

    /** Per-choice progress across events. */
    private static final class ChoiceState {
        boolean roleSent;
        boolean finished;
        int calls;

        ChoiceDelta delta(int index, String content, String reasoning, String signature,
                          List<ToolCallDelta> toolCalls, FinishReason finish, Object logprobs) {
            Role role = roleSent ? null : Role.ASSISTANT;
            roleSent = true;
            if (finish != null) finished = true;
            return new ChoiceDelta(index, role, content, reasoning, signature, toolCalls, finish, logprobs);
        }
    }

    /** Walks one candidate's parts, coalescing adjacent text of one kind into one delta. */
    private static final class PartWalker {
        private final ChoiceState s;
        private final int index;
        private final List<ChoiceDelta> out;
        private Object logprobs;
        private StringBuilder thoughts;
        private StringBuilder text;

        PartWalker(ChoiceState s, int index, List<ChoiceDelta> out, Object logprobs) {
            this.s = s;
            this.index = index;
            this.out = out;
            this.logprobs = logprobs;
        }

        void add(JsonNode part) {
            String signature = GeminiJson.text(part, "thoughtSignature");
            String partText = part.path("text").asText("");
            if (part.path("thought").asBoolean(false)) {
                flushText();
                if (!partText.isEmpty()) thoughts = append(thoughts, partText);
                if (signature != null) flushThoughts(signature);
                return;
            }
            if (signature != null) flushThoughts(signature);
            if (part.has("functionCall")) {
                flushThoughts(null);
                flushText();
                var call = GeminiCandidate.toolCall(part.get("functionCall"), s.calls);
                out.add(s.delta(index, null, null, null,
                        List.of(new ToolCallDelta(s.calls++, call.id(), call.name(), call.arguments())), null, null));
            } else if (!partText.isEmpty()) {
                flushThoughts(null);
                text = append(text, partText);
            }
        }

        void flush() {
            flushThoughts(null);
            flushText();
        }

        private void flushThoughts(String signature) {
            if (thoughts == null && signature == null) return;
            out.add(s.delta(index, null, thoughts == null ? null : thoughts.toString(), signature, null, null, null));
            thoughts = null;
        }

        private void flushText() {
            if (text == null) return;
            out.add(s.delta(index, text.toString(), null, null, null, null, logprobs));
            logprobs = null;
            text = null;
        }

        private static StringBuilder append(StringBuilder sb, String s) {
            return sb == null ? new StringBuilder(s) : sb.append(s);
        }
    }
}
