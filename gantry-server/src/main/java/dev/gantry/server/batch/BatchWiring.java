package dev.gantry.server.batch;

import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.gateway.GatewayParts;
import dev.gantry.gateway.batch.BatchPoller;
import dev.gantry.gateway.batch.ChatBatchService;
import dev.gantry.provider.anthropic.AnthropicChatBatches;
import dev.gantry.provider.openai.OpenAiChatBatches;
import dev.gantry.provider.openai.OpenAiCodec;
import dev.gantry.server.config.GantryConfig;
import dev.gantry.server.http.BatchHandlers;
import dev.gantry.store.sqlite.SqliteBatchStore;
import dev.gantry.store.sqlite.SqliteDatabase;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provider batch APIs in the server: an adapter per provider that has one (see BatchSettings#uses), the batch
 * service over the SQLite store and the usage store, the /gantry/batches routes and, in a serving process, the poller.
 */
public final class BatchWiring implements AutoCloseable {
    private final ChatBatchService service;
    private final BatchPoller poller;

    /** @param serving a server, not a CLI command: only a server polls */
    public BatchWiring(GantryConfig config, HttpTransport transport, SqliteDatabase db, UsageStore usage,
                       GatewayParts parts, BudgetLedger budgets, KeyStore keyStore, boolean serving) {
        Map<String, ChatBatches> apis = apis(config, transport);
        service = new ChatBatchService(parts.routes(), apis, new SqliteBatchStore(db), usage, parts.costs(), budgets,
                name -> key(name, config.keys(), keyStore), OpenAiCodec::writeChatResponse, Clock.systemUTC());
        poller = serving ? BatchPoller.start(service, config.batches().pollInterval()) : null;
    }

    static Map<String, ChatBatches> apis(GantryConfig config, HttpTransport transport) {
        Map<String, ChatBatches> out = new LinkedHashMap<>();
        for (ProviderSettings p : config.providers()) {
            if (!config.batches().uses(p)) continue;
            out.put(p.name(), "anthropic".equals(p.type()) ? new AnthropicChatBatches(p, transport)
                    : new OpenAiChatBatches(p, transport));
        }
        return out;
    }

    private static VirtualKey key(String name, List<VirtualKey> configured, KeyStore store) {
        for (VirtualKey k : configured) if (k.name().equals(name)) return k;
        return store.list().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    public ChatBatchService service() {
        return service;
    }

    public BatchHandlers routes(long maxBody, GatewayParts parts) {
        return new BatchHandlers(service, parts.authenticator(), maxBody);
    }

    @Override
    public void close() {
        if (poller != null) poller.close();
    }
}
