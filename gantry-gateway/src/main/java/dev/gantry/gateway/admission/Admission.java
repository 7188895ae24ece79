package dev.gantry.gateway.admission;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.core.limits.RateLimiter;
import dev.gantry.gateway.route.ModelRoute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets a request in or refuses it before any upstream call: request and token rate limits per key and per
 * alias, then the hard budget reservation. Whatever was taken is given back when a later check refuses.
 */
public final class Admission {
    private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);
    private final RateLimiter limiter;
    private final BudgetLedger budgets;
    private final Clock clock;

    public Admission(RateLimiter limiter, BudgetLedger budgets, Clock clock) {
        this.limiter = limiter;
        this.budgets = budgets;
        this.clock = clock;
    }

    /**
     * @param tokens    estimated tokens of the call (prompt + max output), counted against tpm
     * @param worstCase worst-case cost, reserved against the key's budget (ignored without a budget)
     */
    public Ticket admit(VirtualKey key, ModelRoute route, long tokens, BigDecimal worstCase) {
        Ticket t = new Ticket(key, route, tokens);
        try {
            if (key != null) {
                take(t, "key:" + key.name() + ":rpm", key.rpm(), 1, "key '" + key.name() + "'", "requests", "keys[].rpm");
                take(t, "key:" + key.name() + ":tpm", key.tpm(), tokens, "key '" + key.name() + "'", "tokens", "keys[].tpm");
            }
            take(t, "model:" + route.alias() + ":rpm", route.rpm(), 1, "model '" + route.alias() + "'", "requests", "models[].rpm");
            take(t, "model:" + route.alias() + ":tpm", route.tpm(), tokens, "model '" + route.alias() + "'", "tokens", "models[].tpm");
            if (key != null && key.budget() != null) reserve(t, key, worstCase);
            return t;
        } catch (GantryException e) {
            release(t);
            throw e;
        }
    }

    private void take(Ticket t, String bucket, long perMinute, long amount, String who, String unit, String setting) {
        if (perMinute <= 0 || amount <= 0) return;
        if (amount > perMinute) {
            throw GantryException.invalid(null, "this request needs about " + amount + " " + unit + ", more than the "
                    + perMinute + " " + unit + "/minute " + who + " may use; send a smaller request or raise " + setting);
        }
        Duration wait = limiter.tryConsume(bucket, perMinute, amount);
        if (!wait.isZero()) {
            throw new GantryException(ErrorKind.RATE_LIMITED, "rate limit of " + who + " reached (" + perMinute + " "
                    + unit + "/minute); retry after " + seconds(wait) + " s or raise " + setting, null, wait, null);
        }
        t.taken.add(new Taken(bucket, perMinute, amount));
    }

    private void reserve(Ticket t, VirtualKey key, BigDecimal worstCase) {
        KeyBudget b = key.budget();
        Instant start = b.period().start(clock.instant());
        long limit = toNanos(b.usd());
        long amount = toNanos(worstCase);
        String scope = "key:" + key.name();
        BudgetLedger.Reservation r = budgets.reserve(scope, start, limit, amount);
        if (r == null) {
            BigDecimal committed = fromNanos(budgets.committed(scope, start));
            throw new GantryException(ErrorKind.BUDGET_EXCEEDED, "budget of key '" + key.name() + "' ($" + b.usd()
                    + " per " + b.period().name().toLowerCase(java.util.Locale.ROOT) + ") would be exceeded: $"
                    + committed.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + " spent or reserved, and this request may cost up to $"
                    + worstCase.setScale(6, RoundingMode.UP).stripTrailingZeros().toPlainString()
                    + "; lower max_tokens, wait for the next period, or raise the key's budget.usd");
        }
        t.reservation = r;
    }

    /** After the call: charges the real token count to tpm buckets and the real cost to the budget. */
    public void settle(Ticket t, long actualTokens, BigDecimal actualCost) {
        for (Taken k : t.taken) {
            if (k.bucket.endsWith(":tpm")) limiter.adjust(k.bucket, k.perMinute, actualTokens - k.amount);
        }
        if (t.reservation != null) budgets.settle(t.reservation, toNanos(actualCost));
        t.taken.clear();
        t.reservation = null;
    }

    /** Gives back everything a ticket holds (the call never happened). */
    public void release(Ticket t) {
        for (Taken k : t.taken) limiter.adjust(k.bucket, k.perMinute, -k.amount);
        if (t.reservation != null) budgets.settle(t.reservation, 0);
        t.taken.clear();
        t.reservation = null;
    }

    public static long toNanos(BigDecimal usd) {
        return usd.multiply(NANOS).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal fromNanos(long nanos) {
        return BigDecimal.valueOf(nanos).divide(NANOS);
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.UP).toPlainString();
    }

    record Taken(String bucket, long perMinute, long amount) {
    }

    /** What an admitted request holds until it is settled or released. */
    public static final class Ticket {
        final VirtualKey key;
        final ModelRoute route;
        final long estimatedTokens;
        final java.util.List<Taken> taken = new java.util.ArrayList<>(4);
        BudgetLedger.Reservation reservation;

        Ticket(VirtualKey key, ModelRoute route, long estimatedTokens) {
            this.key = key;
            this.route = route;
            this.estimatedTokens = estimatedTokens;
        }
    }
}
