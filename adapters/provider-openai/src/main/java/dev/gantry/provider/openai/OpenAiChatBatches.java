package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.openai.internal.BatchCodec;
import dev.gantry.provider.openai.internal.Endpoints;
import dev.gantry.provider.openai.internal.Json;
import dev.gantry.provider.openai.internal.Multipart;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChatBatches} over the OpenAI Batch API: the items go up as one JSONL file ({@code POST /files},
 * purpose batch), then {@code POST /batches} for {@code /v1/chat/completions} with a 24h window; results are read
 * from the output and error files. Each line's body is what {@link OpenAiChatModel#chat} would send.
 * Not for Azure OpenAI, whose batch deployments work differently.
 */
public final class OpenAiChatBatches implements ChatBatches {
    private final OpenAiClient client;
    private final Endpoints endpoints;

    public OpenAiChatBatches(ProviderSettings settings, HttpTransport transport) {
        if (settings.azure()) {
            throw new IllegalArgumentException("provider '" + settings.name() + "' is Azure OpenAI; Gantry's batch "
                    + "support covers OpenAI and Anthropic only");
        }
        this.endpoints = new Endpoints(settings);
        this.client = new OpenAiClient(settings, transport);
    }

    @Override
    public String provider() {
        return client.provider();
    }

    @Override
    public BatchJob submit(List<BatchItem> items, CallOptions options) {
        if (items.isEmpty()) throw new IllegalArgumentException("a batch needs at least one item");
        CallOptions o = opts(options);
        byte[] file = BatchCodec.inputFile(items, i -> OpenAiCodec.writeChatRequest(i.request().withStream(false)));
        Multipart form = new Multipart().field("purpose", "batch").file("file", "gantry-batch.jsonl",
                "application/jsonl", file);
        String fileId = json("POST", endpoints.path("files"), form.bytes(), form.contentType(), o).path("id").asText();
        return BatchCodec.job(json("POST", endpoints.path("batches"), BatchCodec.createBody(fileId), "application/json", o));
    }

    @Override
    public BatchJob status(String upstreamId, CallOptions options) {
        return BatchCodec.job(json("GET", batch(upstreamId, ""), null, null, opts(options)));
    }

    @Override
    public List<BatchResultItem> results(String upstreamId, CallOptions options) {
        CallOptions o = opts(options);
        JsonNode batch = json("GET", batch(upstreamId, ""), null, null, o);
        List<BatchResultItem> out = new ArrayList<>();
        for (String file : List.of("output_file_id", "error_file_id")) {
            JsonNode id = batch.get(file);
            if (id != null && !id.isNull() && !id.asText().isEmpty()) readLines(id.asText(), o, out);
        }
        return out;
    }

    @Override
    public BatchJob cancel(String upstreamId, CallOptions options) {
        return BatchCodec.job(json("POST", batch(upstreamId, "/cancel"), new byte[0], "application/json", opts(options)));
    }

    private void readLines(String fileId, CallOptions o, List<BatchResultItem> out) {
        long started = System.nanoTime();
        byte[] body;
        try (HttpReply reply = client.send("GET", endpoints.path("files/" + encode(fileId) + "/content"), null, null, o,
                false, started)) {
            body = client.readBytes(reply, o, started);
        }
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) continue;
            try {
                out.add(BatchCodec.result(Json.parseUpstream(line)));
            } catch (IOException e) {
                throw new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider(), 200, "provider '" + provider()
                        + "': a line of batch file " + fileId + " is not JSON", null, e);
            }
        }
    }

    private JsonNode json(String method, URI uri, byte[] body, String contentType, CallOptions o) {
        long started = System.nanoTime();
        HttpReply reply = client.send(method, uri, body, contentType, o, false, started);
        try (reply) {
            return client.readJson(reply, o, started);
        }
    }

    private URI batch(String upstreamId, String suffix) {
        return endpoints.path("batches/" + encode(upstreamId) + suffix);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static CallOptions opts(CallOptions options) {
        return options == null ? CallOptions.DEFAULT : options;
    }
}
