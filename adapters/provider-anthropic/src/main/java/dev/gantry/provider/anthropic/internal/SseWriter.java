package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Collects {@code event: name\ndata: {json}\n\n} frames into one byte array (one per encoder call). */
public final class SseWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    public void event(String name, Json.GeneratorBody data) {
        out.writeBytes(("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
        try (JsonGenerator gen = Json.MAPPER.createGenerator(out)) {
            data.write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unreachable: the target is in memory
        }
        out.write('\n');
        out.write('\n');
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }
}
