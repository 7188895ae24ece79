package dev.gantry.gateway.batch;

import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.gateway.CostCalculator;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.admission.TokenEstimator;
import dev.gantry.gateway.cost.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The budget side of a batch: before submitting, the worst case of every item (its estimated prompt at the dearest
 * input rate plus its max_tokens, else the model's largest output, at the dearest output rate), at the batch price,
 * is reserved against the key's budget, as a normal request reserves its own; when the batch ends the reservation
 * is settled to the real cost. Rate limits (rpm, tpm) are not taken: a batch runs in the provider's own queue.
 */
final class BatchBudget {
    private final BudgetLedger ledger;
    private final CostCalculator costs;
    private final TokenEstimator tokens = new TokenEstimator();
    private final Clock clock;

    BatchBudget(BudgetLedger ledger, CostCalculator costs, Clock clock) {
        this.ledger = ledger;
        this.costs = costs;
        this.clock = clock;
    }

    /** @return the reservation, or null when the key has no budget */
    BudgetLedger.Reservation reserve(VirtualKey key, BatchTarget target, List<BatchItem> items) {
        if (key == null || key.budget() == null) return null;
        BigDecimal worst = worstCase(key, target, items);
        KeyBudget b = key.budget();
        String scope = "key:" + key.name();
        Instant start = b.period().start(clock.instant());
        BudgetLedger.Reservation r = ledger.reserve(scope, start, Admission.toNanos(b.usd()), Admission.toNanos(worst));
        if (r == null) {
            BigDecimal committed = Admission.fromNanos(ledger.committed(scope, start));
            throw new GantryException(ErrorKind.BUDGET_EXCEEDED, "budget of key '" + key.name() + "' ($" + b.usd() + " per "
                    + b.period().name().toLowerCase(Locale.ROOT) + ") cannot cover this batch: $" + usd(committed)
                    + " spent or reserved, and its " + items.size() + " requests may cost up to $" + usd(worst)
                    + " at the batch price; set max_tokens on the requests, submit fewer, or raise the key's budget.usd");
        }
        return r;
    }

    /** Settles a reservation held since submission, or, after a restart lost it, charges the cost to the period now. */
    void charge(BudgetLedger.Reservation held, VirtualKey key, BigDecimal cost) {
        long nanos = Admission.toNanos(cost);
        if (held != null) {
            ledger.settle(held, nanos);
        } else if (key != null && key.budget() != null && nanos > 0) {
            Instant start = key.budget().period().start(clock.instant());
            BudgetLedger.Reservation r = ledger.reserve("key:" + key.name(), start, Long.MAX_VALUE, nanos);
            if (r != null) ledger.settle(r, nanos);
        }
    }

    void release(BudgetLedger.Reservation held) {
        if (held != null) ledger.settle(held, 0);
    }

    private BigDecimal worstCase(VirtualKey key, BatchTarget target, List<BatchItem> items) {
        Price p = costs.price(target.provider(), target.model());
        if (p == null) {
            throw GantryException.invalid("model", "key '" + key.name() + "' has a budget, but model '" + target.model()
                    + "' on provider '" + target.provider() + "' has no price, so the batch's cost cannot be bounded; "
                    + "add it under prices: in the config");
        }
        BigDecimal share = BigDecimal.ONE.subtract(costs.batchDiscount(target.provider()));
        BigDecimal total = BigDecimal.ZERO;
        for (BatchItem item : items) {
            Integer max = item.request().maxTokens();
            long out = max != null ? max : p.maxOutput() > 0 ? p.maxOutput() : CostCalculator.DEFAULT_MAX_OUTPUT;
            total = total.add(p.worstCase(tokens.promptTokens(item.request()), out));
        }
        return total.multiply(share);
    }

    private static String usd(BigDecimal v) {
        return v.setScale(6, RoundingMode.UP).stripTrailingZeros().toPlainString();
    }
}
