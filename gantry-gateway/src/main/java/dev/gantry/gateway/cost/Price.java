package dev.gantry.gateway.cost;

import dev.gantry.core.chat.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * USD per one million tokens of each kind. cachedInput, cacheWrite and reasoning default to the input,
 * input and output prices when a provider does not price them separately.
 *
 * @param maxOutput the model's largest completion, used to reserve a worst case when max_tokens is unset; 0 = unknown
 */
public record Price(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output,
                    BigDecimal reasoning, int maxOutput) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Price {
        cachedInput = cachedInput == null ? input : cachedInput;
        cacheWrite = cacheWrite == null ? input : cacheWrite;
        reasoning = reasoning == null ? output : reasoning;
    }

    public static final Price FREE = new Price(BigDecimal.ZERO, null, null, BigDecimal.ZERO, null, 0);

    /** Exact cost of a usage: every token kind at its own rate. */
    public BigDecimal cost(Usage u) {
        long plainInput = Math.max(0, u.inputTokens() - u.cachedInputTokens() - u.cacheWriteTokens());
        long plainOutput = Math.max(0, u.outputTokens() - u.reasoningTokens());
        BigDecimal perMillion = input.multiply(BigDecimal.valueOf(plainInput))
                .add(cachedInput.multiply(BigDecimal.valueOf(u.cachedInputTokens())))
                .add(cacheWrite.multiply(BigDecimal.valueOf(u.cacheWriteTokens())))
                .add(output.multiply(BigDecimal.valueOf(plainOutput)))
                .add(reasoning.multiply(BigDecimal.valueOf(u.reasoningTokens())));
        return perMillion.divide(MILLION, 12, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Upper bound for a call: every prompt token at the dearest input rate, every output token at the dearest output rate. */
    public BigDecimal worstCase(long promptTokens, long outputTokens) {
        BigDecimal in = input.max(cacheWrite);
        BigDecimal out = output.max(reasoning);
        return in.multiply(BigDecimal.valueOf(promptTokens)).add(out.multiply(BigDecimal.valueOf(outputTokens)))
                .divide(MILLION, 12, RoundingMode.UP);
    }
}
