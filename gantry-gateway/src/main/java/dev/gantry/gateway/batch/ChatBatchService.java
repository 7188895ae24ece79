package dev.gantry.gateway.batch;

import dev.gantry.core.batch.BatchCounts;
import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.BatchJob;
import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchResultItem;
import dev.gantry.core.batch.BatchStore;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.gateway.CostCalculator;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chat batches through a provider's batch API, against a model alias: submit (alias resolved to a target whose
 * provider has a batch API, budget reserved, batch stored), status, results and cancel for the key that submitted
 * it, and {@link #pollOnce}, which the poller calls off the request path: unfinished batches are polled, and an
 * ended one has its results stored and one ledger row per item written at the discounted price.
 */
public final class ChatBatchService {
    /** The most items one batch takes: OpenAI's limit per batch file (Anthropic allows 100,000). */
    public static final int MAX_ITEMS = 50_000;
    private static final Logger LOG = Logger.getLogger(ChatBatchService.class.getName());
    private static final CallOptions CALLS = new CallOptions(Duration.ofSeconds(10), Duration.ofMinutes(2), null);
    private final RouteTable routes;
    private final Map<String, ChatBatches> batchApis;
    private final BatchStore store;
    private final UsageStore usage;
    private final BatchBudget budget;
    private final BatchSettlement settlement;
    private final Function<String, VirtualKey> keysByName;
    private final Clock clock;
    /** Budget reservations of batches submitted by this process; a restart loses them (see BatchBudget#charge). */
    private final Map<String, BudgetLedger.Reservation> reservations = new ConcurrentHashMap<>();

    /**
     * @param batchApis  each provider with a batch API, by configured provider name
     * @param keysByName the key a stored batch names, to charge its budget after a restart (null when gone)
     * @param answerJson writes an answer as a chat.completion body
     */
    public ChatBatchService(RouteTable routes, Map<String, ChatBatches> batchApis, BatchStore store, UsageStore usage,
                            CostCalculator costs, BudgetLedger budgets, Function<String, VirtualKey> keysByName,
                            Function<ChatResponse, byte[]> answerJson, Clock clock) {
        this.routes = routes;
        this.batchApis = Map.copyOf(batchApis);
        this.store = store;
        this.usage = usage;
        this.budget = new BatchBudget(budgets, costs, clock);
        this.settlement = new BatchSettlement(costs, answerJson);
        this.keysByName = keysByName;
        this.clock = clock;
    }

    /**
     * @param key     the authenticated key, or null when keys are not in use
     * @param model   the alias (or provider/model) every item runs on; an item's own model is ignored
     * @param feature the caller's x-gantry-feature tag, or null
     */
    public BatchRecord submit(VirtualKey key, String model, List<BatchItem> items, String feature) {
        ModelRoute route = routes.resolve(model);
        if (key != null && !key.allows(route.alias())) {
            throw new GantryException(ErrorKind.PERMISSION, "key '" + key.name() + "' may not use model '"
                    + route.alias() + "'; it may use: " + String.join(", ", key.models()));
        }
        checkItems(items);
        BatchTarget target = BatchTarget.of(route, model, batchApis);
        List<BatchItem> upstream = items.stream().map(i -> new BatchItem(i.customId(),
                i.request().toBuilder().model(target.model()).stream(false).build())).toList();
        BudgetLedger.Reservation held = budget.reserve(key, target, upstream);
        BatchJob job;
        try {
            job = target.batches().submit(upstream, CALLS);
        } catch (RuntimeException e) {
            budget.release(held);
            throw e;
        }
        String id = "gb_" + UUID.randomUUID().toString().replace("-", "");
        BatchRecord record = new BatchRecord(id, route.alias(), target.provider(), target.model(), job.upstreamId(),
                job.state(), new BatchCounts(items.size(), job.counts().succeeded(), job.counts().failed()),
                clock.instant(), null, key == null ? null : key.name(), feature, false, job.error());
        if (held != null) reservations.put(id, held);
        store.create(record, items.stream().map(BatchItem::customId).toList());
        return record;
    }

    /** The batch as last polled. */
    public BatchRecord find(VirtualKey key, String id) {
        BatchRecord b = store.find(id).orElseThrow(() -> notFound(id));
        if (key != null && !key.name().equals(b.keyName())) throw notFound(id); // other keys' batches do not exist
        return b;
    }

    /** The result lines of a settled batch. */
    public List<BatchStore.ResultLine> results(VirtualKey key, String id) {
        BatchRecord b = find(key, id);
        if (!b.settled()) {
            throw new GantryException(ErrorKind.CONFLICT, "batch '" + id + "' has no results yet: it is " + b.state().wire()
                    + (b.state().terminal() ? " and its results are being stored" : "") + "; poll GET /gantry/batches/"
                    + id + " until it is completed, expired or cancelled", "id", null, null);
        }
        return store.results(id);
    }

    /** Asks the provider to cancel; items answered before the cancel keep their answers (and their cost). */
    public BatchRecord cancel(VirtualKey key, String id) {
        BatchRecord b = find(key, id);
        if (b.state().terminal()) return b;
        ChatBatches api = api(b);
        BatchRecord updated = b.polled(api.cancel(b.upstreamId(), CALLS), clock.instant());
        store.update(updated);
        return updated;
    }

    /** One round of the poller: every unsettled batch polled, ended ones settled; one round at a time. Failures wait for the next round. */
    public synchronized void pollOnce() {
        for (BatchRecord b : store.unsettled()) {
            try {
                poll(b);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "batch " + b.id() + " (" + b.provider() + " " + b.upstreamId()
                        + "): poll failed, retried next round: " + e.getMessage());
            }
        }
    }

    private void poll(BatchRecord b) {
        ChatBatches api = api(b);
        BatchRecord now = b.polled(api.status(b.upstreamId(), CALLS), clock.instant());
        if (!now.equals(b)) store.update(now);
        if (!now.state().terminal()) return;
        List<BatchResultItem> items = BatchSettlement.complete(now, api.results(b.upstreamId(), CALLS),
                store.customIds(b.id()));
        BatchSettlement.Settled s = settlement.settle(now, items);
        usage.writeBatch(s.ledger()); // idempotent per row: a settle retried after a crash writes no duplicates
        store.settle(b.id(), s.lines());
        budget.charge(reservations.remove(b.id()), b.keyName() == null ? null : keysByName.apply(b.keyName()), s.cost());
        LOG.info("batch " + b.id() + " " + now.state().wire() + ": " + items.size() + " results, $" + s.cost().toPlainString());
    }

    private ChatBatches api(BatchRecord b) {
        ChatBatches api = batchApis.get(b.provider());
        if (api == null) {
            throw new GantryException(ErrorKind.NO_PROVIDER, "batch '" + b.id() + "' runs on provider '" + b.provider()
                    + "', which is no longer configured with a batch API; configure it again to finish the batch");
        }
        return api;
    }

    private static void checkItems(List<BatchItem> items) {
        if (items.isEmpty()) throw GantryException.invalid("requests", "requests is empty; a batch needs at least one");
        if (items.size() > MAX_ITEMS) {
            throw GantryException.invalid("requests", "a batch takes at most " + MAX_ITEMS + " requests, this one has "
                    + items.size() + "; split it into several batches");
        }
        Set<String> seen = new HashSet<>();
        for (BatchItem i : items) {
            if (!seen.add(i.customId())) {
                throw GantryException.invalid("custom_id", "custom_id '" + i.customId() + "' appears more than once; "
                        + "each request needs its own, to match results to requests");
            }
        }
    }

    private static GantryException notFound(String id) {
        return new GantryException(ErrorKind.NOT_FOUND, "batch '" + id + "' does not exist for this key; check the id "
                + "returned by POST /gantry/batches", "id", null, null);
    }
}
