package dev.gantry.bench.gatewayload;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The path a request takes to the fake provider. */
enum Via {
    DIRECT("direct", "direct to the fake (baseline)"),
    GATEWAY_OFF("off", "gateway, governance off"),
    GATEWAY_ON("on", "gateway, governance on"),
    /** Governance on, and the guards: injection and harmful-content blocks, PII pseudonymized in, redacted out. */
    GATEWAY_GUARDS("guards", "gateway, governance + guards on"),
    /** Governance on, and all telemetry: OTLP traces to a local sink, the request log with PII-redacted capture. */
    GATEWAY_TELEMETRY("telemetry", "gateway, governance + all telemetry on"),
    /** Governance on, and the alias cached: every request after the first is an exact-cache hit. */
    GATEWAY_CACHED("cached", "gateway, governance on, exact cache hits"),
    /**
     * Governance on, the alias with an exact and a semantic cache, and every request worded differently
     * ({@link Workload#paraphrases()}): after the first answer, each is an exact miss and a semantic hit. Wordings are
     * new until the list runs out (each costs an embedding), then repeat (memoised embedding, scan only).
     */
    GATEWAY_SEMANTIC("semantic", "gateway, governance on, semantic cache hits on new paraphrases"),
    /** As {@link #GATEWAY_SEMANTIC} over 64 wordings only: after priming, every wording's embedding is memoised. */
    GATEWAY_SEMANTIC_SEEN("semantic-seen", "gateway, governance on, semantic cache hits on paraphrases seen before");

    final String id;
    final String label;

    Via(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Sends the bench key: governance runs. */
    boolean governed() {
        return this == GATEWAY_ON || this == GATEWAY_GUARDS || this == GATEWAY_TELEMETRY || this == GATEWAY_CACHED
                || semantic();
    }

    boolean semantic() {
        return this == GATEWAY_SEMANTIC || this == GATEWAY_SEMANTIC_SEEN;
    }

    boolean throughGateway() {
        return this != DIRECT;
    }

    static Via of(String id) {
        for (Via v : values()) if (v.id.equals(id)) return v;
        throw new IllegalArgumentException("path '" + id + "' is not one of "
                + Arrays.stream(values()).map(v -> v.id).collect(Collectors.joining(", ")));
    }
}
