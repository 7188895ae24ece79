package dev.gantry.rag.answer;

import static dev.gantry.rag.retrieve.InMemoryVectorIndex.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.rag.retrieve.InMemoryVectorIndex;
import dev.gantry.rag.retrieve.Retriever;
import dev.gantry.rag.retrieve.SearchMode;
import dev.gantry.rag.retrieve.SearchRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerServiceTest {
    private final InMemoryVectorIndex index = new InMemoryVectorIndex(2)
            .add("refunds", "Refund policy", Map.of(), part("Refunds are paid within 14 days of the return.", 1, 0))
            .add("shipping", "Shipping", Map.of(), part("Orders ship within 2 days. Returns ship free.", 0, 1));
    private final Retriever retriever = new Retriever(index, null, null);
    private final ContextPacker packer = new ContextPacker();

    @Test
    void asksTheModelWithNumberedSourcesAndReportsWhatItCited() {
        ScriptedGenerator model = new ScriptedGenerator("Refunds take 14 days [2], returns ship free [1][7].");
        AnswerService service = new AnswerService(model, packer);

        Answer answer = service.answer(retriever, new AnswerRequest(question("how fast are returns shipped and refunded"),
                "chat", 500, 200, 0.1));

        ChatRequest sent = model.requests.get(0);
        assertThat(sent.model()).isEqualTo("chat");
        assertThat(sent.maxTokens()).isEqualTo(200);
        assertThat(sent.temperature()).isEqualTo(0.1);
        assertThat(sent.stream()).isFalse();
        assertThat(sent.messages()).extracting(m -> m.role()).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(sent.messages().get(0).text()).contains("only the numbered sources").contains("[1]")
                .contains("do not answer the question");
        assertThat(sent.messages().get(1).text()).startsWith("Sources:\n\n[1] ")
                .contains("[2] ").endsWith("\n\nQuestion: how fast are returns shipped and refunded");

        assertThat(answer.text()).isEqualTo("Refunds take 14 days [2], returns ship free [1][7].");
        assertThat(answer.sources()).hasSize(2);
        assertThat(answer.cited()).extracting(Source::number).containsExactly(2, 1);
        assertThat(answer.usage()).isEqualTo(Usage.of(120, 15));
        assertThat(answer.model()).isEqualTo("upstream-model");
    }

    @Test
    void withNoHitsAnswersWithoutCallingTheModel() {
        ScriptedGenerator model = new ScriptedGenerator("should not be asked");

        Answer answer = new AnswerService(model, packer).answer(retriever, AnswerRequest.of(question("zebras"), "chat"));

        assertThat(model.requests).isEmpty();
        assertThat(answer.text()).isEqualTo(AnswerService.NO_SOURCES_REPLY);
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.cited()).isEmpty();
        assertThat(answer.usage()).isEqualTo(Usage.ZERO);
        assertThat(answer.model()).isNull();
    }

    @Test
    void withoutAChatProviderSaysSearchStillWorks() {
        AnswerService service = new AnswerService(null, packer);

        assertThatThrownBy(() -> service.answer(retriever, AnswerRequest.of(question("refunds"), "chat")))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NO_PROVIDER))
                .hasMessageContaining("/v1/rag/{collection}/search")
                .hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> service.stream(retriever, AnswerRequest.of(question("refunds"), "chat")))
                .isInstanceOf(GantryException.class);
        assertThat(index.textSearches).isZero();
    }

    @Test
    void streamsTheModelsAnswerWithTheSources() {
        ScriptedGenerator model = new ScriptedGenerator("Within 14 days [1].");

        try (AnswerStream stream = new AnswerService(model, packer).stream(retriever,
                AnswerRequest.of(question("refunds"), "chat"))) {
            assertThat(model.requests.get(0).stream()).isTrue();
            assertThat(model.requests.get(0).includeUsage()).isTrue();
            String text = ScriptedGenerator.drain(stream.stream());
            assertThat(text).isEqualTo("Within 14 days [1].");
            assertThat(Citations.referenced(text, stream.sources()))
                    .extracting(s -> s.citation().documentId()).containsExactly("refunds");
        }
    }

    @Test
    void streamWithNoHitsIsTheFixedReply() {
        ScriptedGenerator model = new ScriptedGenerator("should not be asked");

        try (AnswerStream stream = new AnswerService(model, packer).stream(retriever,
                AnswerRequest.of(question("zebras"), "chat"))) {
            assertThat(ScriptedGenerator.drain(stream.stream())).isEqualTo(AnswerService.NO_SOURCES_REPLY);
            assertThat(stream.sources()).isEmpty();
        }
        assertThat(model.requests).isEmpty();
    }

    @Test
    void aBudgetTooSmallForOneSentenceIsTheCallersToRaise() {
        AnswerService service = new AnswerService(new ScriptedGenerator("x"), packer);

        assertThatThrownBy(() -> service.answer(retriever, new AnswerRequest(question("refunds"), "chat", 4, null, null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.param()).isEqualTo("context_tokens"))
                .hasMessageContaining("context_tokens 4");
    }

    @Test
    void requestNeedsAModelAndASaneBudget() {
        assertThatThrownBy(() -> AnswerRequest.of(question("q"), " "))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.param()).isEqualTo("model"));
        assertThatThrownBy(() -> new AnswerRequest(question("q"), "chat", 0, null, null))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.param()).isEqualTo("context_tokens"));
        assertThatThrownBy(() -> new AnswerRequest(question("q"), "chat", 100, 0, null))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.param()).isEqualTo("max_tokens"));
    }

    private static SearchRequest question(String text) {
        return SearchRequest.builder(text).mode(SearchMode.BM25).build();
    }
}
