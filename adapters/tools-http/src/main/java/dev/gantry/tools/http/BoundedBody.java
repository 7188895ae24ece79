package dev.gantry.tools.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads at most a limit of a response body: a huge answer must neither fill memory nor the model's context. */
final class BoundedBody {
    private BoundedBody() {
    }

    static String read(InputStream in, long max) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length <= max) return new String(bytes, StandardCharsets.UTF_8);
            String kept = new String(bytes, 0, (int) max, StandardCharsets.UTF_8);
            return kept + "\n[response cut at " + max + " bytes: it was longer]";
        }
    }
}
