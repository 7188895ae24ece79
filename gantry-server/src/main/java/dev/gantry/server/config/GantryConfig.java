package dev.gantry.server.config;

import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.route.ModelRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole configuration, typed. Every key and its default is documented in docs/configuration.md and
 * in the reference file gantry-server/src/main/resources/gantry-reference.yaml.
 *
 * @param prices         overrides keyed "providerNameOrType:model"
 * @param directAddressing clients may name "provider/model" directly (default true)
 * @param cacheMaxBytes  memory bound of the exact response cache (aliases turn caching on with cache.ttl)
 * @param alerts         the alerts: section; {@link AlertSettings#NONE} when absent
 * @param embeddingBatching null: every embedding call goes upstream on its own
 * @param notes          what the loader decided on its own (embedded defaults), said at start-up
 * @param jobs           the jobs: section (background job queue and runner); {@link JobsSettings#DEFAULTS} when absent
 * @param batches        provider batch APIs: poll interval and batch discounts
 * @param agents         the tools: and agents: sections; {@link AgentSettings#NONE} when absent
 * @param workflows      the workflows: section (inline and from the files it names), checked; empty when absent
 * @param knowledge      the knowledge: section; {@link KnowledgeSettings#OFF} when absent
 */
public record GantryConfig(Server server, Path dataDir, String adminKey, List<ProviderSettings> providers,
                           List<ModelRoute> models, List<VirtualKey> keys, Map<String, Price> prices,
                           boolean directAddressing, Ledger ledger, RagSettings rag, GuardSettings guards,
                           TelemetrySettings telemetry, long cacheMaxBytes, AlertSettings alerts,
                           EmbeddingBatching embeddingBatching, List<String> notes, JobsSettings jobs,
                           BatchSettings batches, AgentSettings agents,
                           List<dev.gantry.workflows.graph.Workflow> workflows, KnowledgeSettings knowledge) {

    /** A config without jobs, batch, tools, agents, workflows and knowledge settings: their defaults. */
    public GantryConfig(Server server, Path dataDir, String adminKey, List<ProviderSettings> providers,
                        List<ModelRoute> models, List<VirtualKey> keys, Map<String, Price> prices,
                        boolean directAddressing, Ledger ledger, RagSettings rag, GuardSettings guards,
                        TelemetrySettings telemetry, long cacheMaxBytes, AlertSettings alerts,
                        EmbeddingBatching embeddingBatching, List<String> notes) {
        this(server, dataDir, adminKey, providers, models, keys, prices, directAddressing, ledger, rag, guards, telemetry,
                cacheMaxBytes, alerts, embeddingBatching, notes, JobsSettings.DEFAULTS, BatchSettings.DEFAULTS,
                AgentSettings.NONE, List.of(), KnowledgeSettings.OFF);
    }

    public GantryConfig withAgents(AgentSettings a) {
        return new GantryConfig(server, dataDir, adminKey, providers, models, keys, prices, directAddressing, ledger, rag, guards, telemetry, cacheMaxBytes, alerts, embeddingBatching, notes, jobs, batches, a, workflows, knowledge);
    }

    /**
     * Concurrent embedding calls to the same upstream model coalesced into one call (embeddings.coalesce).
     *
     * @param window    how long the first call waits for others
     * @param maxInputs a batch is sent at once when it holds this many texts
     */
    public record EmbeddingBatching(Duration window, int maxInputs) {
    }

    /** The exact response cache's default memory bound. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;


    /**
     * @param host          listen address (default 127.0.0.1)
     * @param port          listen port (default 8080; 0 picks a free one)
     * @param maxBodyBytes  largest request body accepted (default 16 MiB)
     * @param upstreamClient HTTP client for provider calls: helidon (default) or jdk (adds HTTP/2)
     */
    public record Server(String host, int port, long maxBodyBytes, Duration shutdownGrace, String upstreamClient) {
        public static final Server DEFAULTS = new Server("127.0.0.1", 8080, 16L << 20, Duration.ofSeconds(10), "helidon");

        public Server withListen(String newHost, int newPort) {
            return new Server(newHost, newPort, maxBodyBytes, shutdownGrace, upstreamClient);
        }
    }

    /** Usage ledger batching: up to batchSize records per write, at least every flushInterval. */
    public record Ledger(int batchSize, Duration flushInterval, int queueCapacity) {
    }

    public GantryConfig withServer(Server s) {
        return new GantryConfig(s, dataDir, adminKey, providers, models, keys, prices, directAddressing, ledger, rag, guards, telemetry, cacheMaxBytes, alerts, embeddingBatching, notes, jobs, batches, agents, workflows, knowledge);
    }

    public GantryConfig withDataDir(Path d) {
        return new GantryConfig(server, d, adminKey, providers, models, keys, prices, directAddressing, ledger, rag, guards, telemetry, cacheMaxBytes, alerts, embeddingBatching, notes, jobs, batches, agents, workflows, knowledge);
    }
}
