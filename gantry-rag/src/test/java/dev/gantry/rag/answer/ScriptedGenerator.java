package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An AnswerGenerator that answers every request with one scripted text and records the requests. */
final class ScriptedGenerator implements AnswerGenerator {
    final List<ChatRequest> requests = new ArrayList<>();
    private final String reply;

    ScriptedGenerator(String reply) {
        this.reply = reply;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        requests.add(request);
        return new ChatResponse("resp-1", "upstream-model", 0,
                List.of(new Choice(0, ChatMessage.assistant(reply), FinishReason.STOP, null)), Usage.of(120, 15),
                null, null);
    }

    /** Streams the reply a word at a time, then the usage. */
    @Override
    public ChatStream stream(ChatRequest request) {
        requests.add(request);
        List<ChatChunk> chunks = new ArrayList<>();
        for (String word : reply.split("(?<= )")) {
            chunks.add(new ChatChunk("resp-1", "upstream-model", 0, List.of(ChoiceDelta.text(0, word)), null, null));
        }
        chunks.add(new ChatChunk("resp-1", "upstream-model", 0, List.of(ChoiceDelta.finish(0, FinishReason.STOP)),
                Usage.of(120, 15), null));
        Iterator<ChatChunk> it = chunks.iterator();
        return new ChatStream() {
            @Override
            public ChatChunk next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    /** All content of a stream, read to its end. */
    static String drain(ChatStream stream) {
        StringBuilder text = new StringBuilder();
        for (ChatChunk c = stream.next(); c != null; c = stream.next()) {
            for (ChoiceDelta d : c.choices()) if (d.content() != null) text.append(d.content());
        }
        return text.toString();
    }
}
