package dev.gantry.server.rag;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.error.GantryException;
import dev.gantry.rag.answer.ContextPacker;
import dev.gantry.rag.answer.GroundedChat;
import dev.gantry.rag.answer.PackedContext;
import dev.gantry.rag.answer.Source;
import dev.gantry.rag.retrieve.SearchMode;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.rag.retrieve.SearchResult;
import dev.gantry.rag.retrieve.SourceScreen;
import dev.gantry.server.config.RagSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chat-completions models bound to a collection (rag.bindings): a request for such a model is grounded in the
 * collection (retrieval with the last user message, sources packed into a system message) and sent to the
 * binding's chat model, so any OpenAI client gets grounded answers without knowing about RAG.
 */
public final class RagBindings {
    private static final ContextPacker PACKER = new ContextPacker();

    private final Map<String, RagSettings.Binding> byModel = new LinkedHashMap<>();
    private final RagEngine rag;

    public RagBindings(List<RagSettings.Binding> bindings, RagEngine rag) {
        bindings.forEach(b -> byModel.put(b.model(), b));
        this.rag = rag;
    }

    /** The grounded request and the sources it was given. */
    public record Bound(ChatRequest request, List<Source> sources) {
    }

    /**
     * @param screen checks the retrieved passages for the binding's chat model (the guard policy)
     * @return null when the request's model is not bound to a collection
     */
    public Bound bind(ChatRequest request, Function<String, SourceScreen> screen) {
        RagSettings.Binding b = byModel.get(request.model());
        if (b == null) return null;
        String question = GroundedChat.lastQuestion(request);
        if (question == null) {
            throw GantryException.invalid("messages", "model '" + b.model() + "' answers from collection '" + b.collection()
                    + "' and needs a user message with text to search for");
        }
        SearchRequest search = SearchRequest.builder(question.length() > SearchRequest.MAX_QUERY_CHARS
                ? question.substring(question.length() - SearchRequest.MAX_QUERY_CHARS) : question)
                .mode(SearchMode.parse(b.mode())).topK(b.topK()).build();
        SearchResult hits = screen.apply(b.chatModel()).apply(rag.retriever(b.collection()).search(search));
        PackedContext context = hits.isEmpty() ? new PackedContext(List.of(), "(no relevant sources were found)", 0)
                : PACKER.pack(hits.hits(), rag.settings().contextTokens());
        return new Bound(GroundedChat.ground(request, context, b.chatModel()), context.sources());
    }
}
