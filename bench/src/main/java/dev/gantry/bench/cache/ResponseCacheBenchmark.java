package dev.gantry.bench.cache;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import dev.gantry.gateway.cache.CacheKeys;
import dev.gantry.local.CaffeineResponseCache;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact cache's hot path: the key of a chat request (canonical JSON + SHA-256) and a lookup among 100,000
 * cached answers. {@code turns} sets the conversation's length (each turn ~400 characters).
 *
 * <pre>
 * cd bench && java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main ResponseCacheBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ResponseCacheBenchmark {
    private static final String TURN = "Could you summarise the refund policy for orders that arrived damaged, and say "
            + "which documents a customer has to send, how long the review takes, and whether shipping is refunded "
            + "too? Please keep it short and friendly, and mention the support address for follow-up questions. "
            + "Also list the exceptions for items bought on sale or with a voucher.";
    @Param({"1", "8"})
    int turns;
    private ChatRequest request;
    private CaffeineResponseCache cache;
    private String hotKey;

    @Setup
    public void setUp() {
        List<ChatMessage> messages = new java.util.ArrayList<>();
        messages.add(ChatMessage.system("You are the support assistant of an online shop."));
        for (int i = 0; i < turns; i++) {
            messages.add(ChatMessage.user(TURN + " (" + i + ")"));
            if (i < turns - 1) messages.add(ChatMessage.assistant(TURN));
        }
        request = ChatRequest.builder().model("support").messages(messages).temperature(0.0).maxTokens(400).build();
        cache = new CaffeineResponseCache(512L << 20);
        ChatResponse answer = new ChatResponse("r", "m", 1, List.of(new Choice(0, ChatMessage.assistant(TURN + TURN),
                FinishReason.STOP, null)), Usage.of(500, 120), null, null);
        for (int i = 0; i < 100_000; i++) {
            cache.put("key-" + i, new CachedAnswer(answer, BigDecimal.ONE, "p", "m", Instant.now()), Duration.ofHours(1));
        }
        hotKey = CacheKeys.of("key:team-a", request);
        cache.put(hotKey, new CachedAnswer(answer, BigDecimal.ONE, "p", "m", Instant.now()), Duration.ofHours(1));
    }

    @Benchmark
    public String key() {
        return CacheKeys.of("key:team-a", request);
    }

    @Benchmark
    public Optional<CachedAnswer> keyAndLookup() {
        return cache.get(CacheKeys.of("key:team-a", request));
    }
}
