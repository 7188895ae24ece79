package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers shared by the contract suites: draining streams, reassembling deltas, catching errors. */
final class ContractSupport {
    /** A stream longer than this is a runaway adapter, not an answer. */
    private static final int MAX_CHUNKS = 10_000;

    private ContractSupport() {
    }

    /** Reads to the end (null) and closes; fails if the stream never ends. */
    static List<ChatChunk> drain(ChatStream stream) {
        try (stream) {
            List<ChatChunk> chunks = new ArrayList<>();
            for (int i = 0; i < MAX_CHUNKS; i++) {
                ChatChunk c = stream.next();
                if (c == null) return chunks;
                chunks.add(c);
            }
            throw new AssertionError("stream did not end after " + MAX_CHUNKS + " chunks");
        }
    }

    static List<ChoiceDelta> deltas(List<ChatChunk> chunks, int choice) {
        List<ChoiceDelta> out = new ArrayList<>();
        for (ChatChunk c : chunks) {
            for (ChoiceDelta d : c.choices()) if (d.index() == choice) out.add(d);
        }
        return out;
    }

    static String content(List<ChatChunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (ChoiceDelta d : deltas(chunks, 0)) if (d.content() != null) sb.append(d.content());
        return sb.toString();
    }

    static String reasoning(List<ChatChunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (ChoiceDelta d : deltas(chunks, 0)) if (d.reasoning() != null) sb.append(d.reasoning());
        return sb.toString();
    }

    /** The usage of the last chunk that carries one: adapters may report partial usage earlier. */
    static Usage lastUsage(List<ChatChunk> chunks) {
        Usage last = null;
        for (ChatChunk c : chunks) if (c.usage() != null) last = c.usage();
        return last;
    }

    static List<Object> finishReasons(List<ChatChunk> chunks) {
        List<Object> out = new ArrayList<>();
        for (ChoiceDelta d : deltas(chunks, 0)) if (d.finishReason() != null) out.add(d.finishReason());
        return out;
    }

    /** Joins tool-call fragments by index: the first carries id and name, the rest pieces of arguments. */
    static Map<Integer, ToolCall> toolCalls(List<ChatChunk> chunks) {
        Map<Integer, String[]> parts = new TreeMap<>();
        for (ChoiceDelta d : deltas(chunks, 0)) {
            for (ToolCallDelta t : d.toolCalls()) {
                String[] p = parts.computeIfAbsent(t.index(), i -> new String[] {null, null, ""});
                if (t.id() != null) p[0] = t.id();
                if (t.name() != null) p[1] = t.name();
                if (t.arguments() != null) p[2] += t.arguments();
            }
        }
        Map<Integer, ToolCall> out = new TreeMap<>();
        parts.forEach((i, p) -> out.put(i, new ToolCall(p[0], p[1], p[2])));
        return out;
    }

    static ProviderException providerError(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("upstream failure").isInstanceOf(ProviderException.class);
        assertThat(t.getMessage()).as("error message").isNotBlank();
        return (ProviderException) t;
    }

    static GantryException gantryError(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("failure").isInstanceOf(GantryException.class);
        return (GantryException) t;
    }

    /** A local port nothing listens on (bound, then released). */
    static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
