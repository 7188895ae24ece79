package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.gateway.route.Target;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayTracingTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();
    private final GatewayFixture f = new GatewayFixture(List.of("a", "b"));
    private final ChatGateway g = f.build(List.of(
            ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of("backup"), null),
            ChatGatewayRoutingTest.route("backup", List.of(new Target("b", "m2", 1)), List.of(), null)), List.of(),
            (request, scope) -> dev.gantry.core.guard.GuardedExchange.passthrough(request), otel); // a guard stage to trace

    private SpanData named(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_trace_a_request_its_guard_stage_and_each_provider_attempt_with_gen_ai_attributes() {
        for (int i = 0; i < 3; i++) f.model("a").then(ScriptedChatModel.fail(ErrorKind.UPSTREAM_ERROR));
        f.model("b").then(new ScriptedChatModel.Answer("hello", Usage.of(12, 3)));

        g.chat(ChatGatewayRoutingTest.ask("chat"), GatewayFixture.ctx(null));

        SpanData request = named("chat chat");
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name"))).isEqualTo("chat");
        assertThat(request.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(12);
        assertThat(request.getAttributes().get(AttributeKey.longKey("gantry.attempts"))).isEqualTo(4);
        List<SpanData> attempts = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertThat(attempts).hasSize(4).allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(request.getSpanId()));
        assertThat(attempts).filteredOn(s -> s.getStatus().getStatusCode() == StatusCode.ERROR).hasSize(3)
                .allSatisfy(s -> assertThat(s.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("upstream_error"));
        SpanData answered = named("chat m2");
        assertThat(answered.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("openai");
        assertThat(answered.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(3);
        assertThat(named("gantry.guard input").getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(request.getAttributes().asMap().values()).noneMatch(v -> v.toString().contains("hello") || v.toString().contains("hi"));
    }

    @Test
    void should_keep_a_streams_spans_open_until_the_stream_ends_and_mark_a_failure() {
        f.model("a").then(new ScriptedChatModel.StreamFailAfter(1, ErrorKind.UPSTREAM_ERROR));
        GatewayStream s = g.stream(ChatGatewayRoutingTest.ask("chat").toBuilder().stream(true).build(), GatewayFixture.ctx(null));
        ChatChunk first = s.next();
        assertThat(first).isNotNull();
        assertThat(spans.getFinishedSpanItems()).noneMatch(sp -> sp.getName().equals("chat chat"));

        assertThatThrownBy(s::next).isInstanceOf(dev.gantry.core.error.GantryException.class);
        SpanData request = named("chat chat");
        assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(named("chat m1").getParentSpanId()).isEqualTo(request.getSpanId());
    }
}
