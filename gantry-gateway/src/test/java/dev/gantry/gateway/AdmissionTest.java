package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import dev.gantry.gateway.route.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private static VirtualKey key(String name, String secret, long rpm, KeyBudget budget, List<String> models) {
        return new VirtualKey(name, KeyHashing.sha256(secret), models, rpm, 0, budget, true, Instant.now());
    }

    private static GatewayFixture gateway(List<VirtualKey> keys) {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        f.build(List.of(ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of(), null)), keys);
        return f;
    }

    private static ChatRequest ask(int maxTokens) {
        return ChatGatewayRoutingTest.ask("chat").toBuilder().maxTokens(maxTokens).build();
    }

    @Test
    void should_require_a_valid_key_once_keys_exist() {
        GatewayFixture f = gateway(List.of(key("team-a", "s3cret", 0, null, List.of())));
        assertThatThrownBy(() -> f.chat.chat(ask(10), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION));
        assertThatThrownBy(() -> f.chat.chat(ask(10), GatewayFixture.ctx("wrong")))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("wrong");
                });
        assertThat(f.chat.chat(ask(10), GatewayFixture.ctx("s3cret")).value()).isNotNull();
        assertThat(f.outcomes.get(2).usage().keyName()).isEqualTo("team-a");
    }

    @Test
    void should_refuse_a_model_the_key_may_not_use() {
        GatewayFixture f = gateway(List.of(key("team-a", "s", 0, null, List.of("other"))));
        assertThatThrownBy(() -> f.chat.chat(ask(10), GatewayFixture.ctx("s")))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION));
    }

    @Test
    void should_rate_limit_requests_per_key_with_a_retry_after() {
        GatewayFixture f = gateway(List.of(key("team-a", "s", 2, null, List.of())));
        f.chat.chat(ask(10), GatewayFixture.ctx("s"));
        f.chat.chat(ask(10), GatewayFixture.ctx("s"));
        assertThatThrownBy(() -> f.chat.chat(ask(10), GatewayFixture.ctx("s")))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isPositive();
                    assertThat(e.getMessage()).contains("team-a", "2 requests/minute");
                });
        assertThat(f.model("a").calls.get()).isEqualTo(2);
    }

    @Test
    void should_never_let_concurrent_requests_overspend_a_budget() throws InterruptedException {
        // each call's worst case: ~10 prompt tokens at $1/M + 100 output tokens at $2/M = ~$0.00021;
        // the real cost settled afterwards is 10 in + 5 out = $0.00002
        BigDecimal budgetUsd = new BigDecimal("0.001");
        GatewayFixture f = gateway(List.of(key("k", "s", 0, new KeyBudget(budgetUsd, BudgetPeriod.MONTH), List.of())));
        f.model("a").defaultUsage = Usage.of(10, 100);
        int threads = 32;
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            all.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    for (int j = 0; j < 10; j++) {
                        try {
                            f.chat.chat(ask(100), GatewayFixture.ctx("s"));
                            ok.incrementAndGet();
                        } catch (GantryException e) {
                            assertThat(e.kind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
                            refused.incrementAndGet();
                        }
                    }
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        go.countDown();
        for (Thread t : all) t.join();
        BigDecimal spent = f.outcomes.stream().map(o -> o.usage().costUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ok.get() + refused.get()).isEqualTo(threads * 10);
        assertThat(refused.get()).isPositive();
        assertThat(spent).isLessThanOrEqualTo(budgetUsd);
        // each success costs exactly 10 * 1e-6 + 100 * 2e-6 = $0.00021: the budget holds 4 of them
        assertThat(ok.get()).isEqualTo(4);
    }

    @Test
    void should_refuse_an_unpriced_model_for_a_budgeted_key() {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        f.build(List.of(ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "unpriced", 1)), List.of(), null)),
                List.of(key("k", "s", 0, new KeyBudget(BigDecimal.ONE, BudgetPeriod.DAY), List.of())));
        assertThatThrownBy(() -> f.chat.chat(ask(10), GatewayFixture.ctx("s")))
                .hasMessageContaining("has no price").hasMessageContaining("prices:");
    }
}
