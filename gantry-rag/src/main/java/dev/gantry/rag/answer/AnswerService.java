package dev.gantry.rag.answer;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.rag.retrieve.Retriever;
import dev.gantry.rag.retrieve.SearchResult;
import dev.gantry.rag.retrieve.SourceScreen;
import java.util.List;
import java.util.UUID;

/**
 * Answers a question from a collection: retrieve, pack the best hits into the token budget as numbered
 * sources, ask the model to answer only from them with [n] citations, and report which sources it cited.
 * Retrieved passages go through the {@link SourceScreen} first (the guardrails, in the server).
 *
 * <p>When retrieval finds nothing the model is not called: with no sources it could only answer from its own
 * knowledge, which is what a grounded answer must not do, so the fixed {@link #NO_SOURCES_REPLY} is returned
 * at no cost (model null, zero usage).
 */
public final class AnswerService {
    public static final String NO_SOURCES_REPLY =
            "I found nothing in this collection that is relevant to the question, so I cannot answer it from its documents.";

    private final AnswerGenerator generator;
    private final ContextPacker packer;
    private final SourceScreen screen;

    /** @param generator null when no chat provider is configured: answering then fails with a clear error */
    public AnswerService(AnswerGenerator generator, ContextPacker packer) {
        this(generator, packer, SourceScreen.NONE);
    }

    /** @param screen checks retrieved passages before they are packed; a passage it drops is not a source */
    public AnswerService(AnswerGenerator generator, ContextPacker packer, SourceScreen screen) {
        this.generator = generator;
        this.packer = packer;
        this.screen = screen;
    }

    public Answer answer(Retriever retriever, AnswerRequest request) {
        requireGenerator();
        return answer(request, screen.apply(retriever.search(request.search())));
    }

    /** Answers from hits already retrieved (with {@code request.search()}). */
    public Answer answer(AnswerRequest request, SearchResult retrieved) {
        requireGenerator();
        if (retrieved.isEmpty()) return new Answer(NO_SOURCES_REPLY, List.of(), List.of(), Usage.ZERO, null);
        PackedContext context = pack(request, retrieved);
        ChatResponse response = generator.complete(GroundedPrompt.of(request, context, false));
        String text = textOf(response);
        return new Answer(text, Citations.referenced(text, context.sources()), context.sources(), response.usage(),
                response.model());
    }

    public AnswerStream stream(Retriever retriever, AnswerRequest request) {
        requireGenerator();
        return stream(request, screen.apply(retriever.search(request.search())));
    }

    /** The model's stream and the sources it was given; with no hits, a stream of the fixed reply. */
    public AnswerStream stream(AnswerRequest request, SearchResult retrieved) {
        requireGenerator();
        if (retrieved.isEmpty()) {
            return new AnswerStream(new FixedReplyStream("rag-" + UUID.randomUUID(), NO_SOURCES_REPLY), List.of());
        }
        PackedContext context = pack(request, retrieved);
        return new AnswerStream(generator.stream(GroundedPrompt.of(request, context, true)), context.sources());
    }

    private PackedContext pack(AnswerRequest request, SearchResult retrieved) {
        PackedContext context = packer.pack(retrieved.hits(), request.contextTokens());
        if (context.isEmpty()) {
            throw GantryException.invalid("context_tokens", "context_tokens " + request.contextTokens() + " cannot "
                    + "hold even one sentence of the " + retrieved.hits().size() + " matching chunks; raise it (the "
                    + "default is " + AnswerRequest.DEFAULT_CONTEXT_TOKENS + ")");
        }
        return context;
    }

    private void requireGenerator() {
        if (generator == null) {
            throw new GantryException(ErrorKind.NO_PROVIDER, "answers need a chat model and no chat provider is "
                    + "configured; search works without one (POST /v1/rag/{collection}/search). To get answers, set "
                    + "OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or OLLAMA_BASE_URL, or list providers: in "
                    + "the config file, and restart `gantry serve`");
        }
    }

    private static String textOf(ChatResponse response) {
        ChatMessage message = response.message();
        String text = message == null ? null : message.text();
        return text == null ? "" : text;
    }
}
