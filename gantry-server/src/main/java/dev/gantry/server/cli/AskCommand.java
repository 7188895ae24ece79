package dev.gantry.server.cli;

import dev.gantry.gateway.RequestContext;
import dev.gantry.rag.answer.Answer;
import dev.gantry.rag.answer.AnswerRequest;
import dev.gantry.rag.answer.Source;
import dev.gantry.server.Gantry;
import dev.gantry.server.http.SearchJson;
import dev.gantry.server.rag.RagEngine;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry ask COLLECTION "question"`: a grounded answer with its citations, through the gateway's chat route. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from a collection's documents, citing them (needs a chat provider).")
final class AskCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    SearchOptions search = new SearchOptions();

    @Parameters(index = "0", description = "collection name")
    String collection;

    @Parameters(index = "1", description = "the question")
    String question;

    @Option(names = "--model", description = "chat model (alias or provider/model; default: rag.answer-model)")
    String model;

    @Option(names = "--context-tokens", description = "token budget for the sources (default: rag.context-tokens)")
    Integer contextTokens;

    @Option(names = "--json", description = "print the API's JSON")
    boolean json;

    @Override
    public Integer call() {
        try (Gantry gantry = engine.open()) {
            RagEngine rag = gantry.rag();
            String chosen = model != null ? model : rag.settings().answerModel();
            if (chosen == null) {
                System.err.println("gantry: name the chat model with --model (an alias from models: or provider/model), or set rag.answer-model");
                return 2;
            }
            AnswerRequest request = new AnswerRequest(search.request(question), chosen,
                    contextTokens != null ? contextTokens : rag.settings().contextTokens(), null, null);
            RequestContext ctx = RequestContext.internal("cli_" + UUID.randomUUID(), "rag.cli", "rag.answer");
            Answer a = rag.answers(gantry.answerers().create(ctx)).answer(rag.retriever(collection), request);
            if (json) {
                var o = SearchJson.sources(a.cited());
                System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("answer", a.text()).put("model", a.model()).set("citations", o).toPrettyString());
                return 0;
            }
            System.out.println(a.text());
            if (!a.cited().isEmpty()) System.out.println();
            for (Source s : a.cited()) {
                var c = s.citation();
                System.out.println("[" + s.number() + "] " + (c.title() == null ? c.documentId() : c.title()) + " ("
                        + c.documentId() + ", chars " + c.startOffset() + "-" + c.endOffset() + ")");
            }
            return 0;
        }
    }
}
