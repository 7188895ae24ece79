package dev.gantry.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.anthropic.internal.BatchJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChatBatches} over Anthropic's Message Batches API: {@code POST /v1/messages/batches} with each item's
 * params written exactly as {@link AnthropicChatModel#chat} writes them, {@code GET .../{id}}, results from the
 * batch's {@code results_url} (JSONL), {@code POST .../{id}/cancel}.
 *
 * <p>Limit: a json_schema response format is sent as the answer tool (as for normal calls), but the result
 * lines do not carry the request, so such an answer comes back as that tool's call rather than as text.
 */
public final class AnthropicChatBatches implements ChatBatches {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ProviderSettings settings;
    private final HttpTransport transport;
    private final int defaultMaxTokens;
    private final String batchesUri;

    public AnthropicChatBatches(ProviderSettings settings, HttpTransport transport) {
        this(settings, transport, AnthropicChatModel.DEFAULT_MAX_TOKENS);
    }

    /** @param defaultMaxTokens sent when an item sets no max_tokens (as the chat adapter does) */
    public AnthropicChatBatches(ProviderSettings settings, HttpTransport transport, int defaultMaxTokens) {
        this.settings = settings;
        this.transport = transport;
        this.defaultMaxTokens = defaultMaxTokens;
        this.batchesUri = AnthropicChatModel.messagesUri(settings.baseUrl()) + "/batches";
    }

    @Override
    public String provider() {
        return settings.name();
    }

    @Override
    public BatchJob submit(List<BatchItem> items, CallOptions options) {
        if (items.isEmpty()) throw new IllegalArgumentException("a batch needs at least one item");
        byte[] body = BatchJson.createBody(items,
                i -> AnthropicCodec.writeRequest(i.request().withStream(false), defaultMaxTokens));
        return BatchJson.job(json(call("POST", URI.create(batchesUri), body, options)));
    }

    @Override
    public BatchJob status(String upstreamId, CallOptions options) {
        return BatchJson.job(json(call("GET", batch(upstreamId, ""), null, options)));
    }

    @Override
    public List<BatchResultItem> results(String upstreamId, CallOptions options) {
        String url = BatchJson.resultsUrl(json(call("GET", batch(upstreamId, ""), null, options)));
        if (url == null) return List.of();
        byte[] body = call("GET", URI.create(url), null, options);
        List<BatchResultItem> out = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) out.add(BatchJson.result(parse(line.getBytes(StandardCharsets.UTF_8)), this::message));
        }
        return out;
    }

    @Override
    public BatchJob cancel(String upstreamId, CallOptions options) {
        return BatchJson.job(json(call("POST", batch(upstreamId, "/cancel"), new byte[0], options)));
    }

    private dev.gantry.core.chat.ChatResponse message(byte[] json) {
        try {
            return AnthropicCodec.readResponse(json);
        } catch (GantryException e) {
            throw new ProviderException(e.kind(), provider(), 200, "provider '" + provider() + "': " + e.getMessage(), null, e);
        }
    }

    private byte[] call(String method, URI uri, byte[] body, CallOptions options) {
        CallOptions o = options == null ? CallOptions.DEFAULT : options;
        var headers = new java.util.HashMap<>(AnthropicChatModel.headers(settings, o, false));
        if (body != null) headers.put("content-type", "application/json");
        HttpReply reply;
        try {
            reply = transport.send(new HttpCall(method, uri, headers, body, o.connectTimeout(), o.responseTimeout()));
        } catch (ProviderException e) {
            throw e;
        } catch (GantryException e) {
            throw new ProviderException(e.kind(), provider(), 0, "provider '" + provider() + "': " + e.getMessage(),
                    e.retryAfter(), e);
        }
        try (reply) {
            byte[] answer = reply.readAll();
            if (reply.status() / 100 != 2) {
                throw AnthropicErrors.fromResponse(provider(), reply.status(), answer, reply.header("retry-after").orElse(null));
            }
            return answer;
        }
    }

    private JsonNode json(byte[] body) {
        return parse(body);
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n != null && n.isObject()) return n;
        } catch (IOException e) {
            throw malformed(e);
        }
        throw malformed(null);
    }

    private ProviderException malformed(Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider(), 200, "provider '" + provider()
                + "' answered a batch call with a body that is not a JSON object", null, cause);
    }

    private URI batch(String upstreamId, String suffix) {
        return URI.create(batchesUri + "/" + URLEncoder.encode(upstreamId, StandardCharsets.UTF_8) + suffix);
    }
}
