package dev.gantry.server.workflows;

import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.tool.Tool;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.server.rag.RagEngine;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteWorkflowRunStore;
import dev.gantry.workflows.engine.CodeFunction;
import dev.gantry.workflows.engine.CodeFunctionSource;
import dev.gantry.workflows.engine.RunHandle;
import dev.gantry.workflows.engine.WorkflowEngine;
import dev.gantry.workflows.graph.Workflow;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import java.util.Map;

/**
 * The workflows of the config on the server's parts: runs in SQLite ({@code workflow_runs}), model steps through the
 * gateway's chat route, retrieve steps over the RAG engine, guard steps with the gateway's guard policies, tools and
 * code functions as registered (the server registers none of its own yet). Registration checks every workflow, so a
 * step naming a missing tool or function stops the start with an error that names it.
 */
public final class WorkflowWiring implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.gantry.workflows");
    private final WorkflowEngine engine;

    /** What workflow steps run against. */
    public record Parts(SqliteDatabase db, ChatGateway chat, RagEngine rag, Guardrail guardrail, List<Tool> tools,
                        Map<String, CodeFunction> functions, OpenTelemetry otel) {
    }

    public WorkflowWiring(List<Workflow> workflows, Parts parts) {
        WorkflowEngine.Builder b = WorkflowEngine.builder(new SqliteWorkflowRunStore(parts.db()))
                .chat(new GatewayChatModel(parts.chat())).retrieval(new RagRetrieval(parts.rag()))
                .guardrail(parts.guardrail()).tools(parts.tools()).openTelemetry(parts.otel());
        parts.functions().forEach(b::function);
        engine = b.build();
        workflows.forEach(engine::register);
    }

    /** The code functions of every {@link CodeFunctionSource} service on the class path; a name given twice is an error. */
    public static Map<String, CodeFunction> serviceFunctions() {
        Map<String, CodeFunction> all = new java.util.LinkedHashMap<>();
        for (CodeFunctionSource source : java.util.ServiceLoader.load(CodeFunctionSource.class)) {
            source.functions().forEach((name, f) -> {
                if (all.putIfAbsent(name, f) != null) {
                    throw new IllegalStateException("two workflow code functions are named '" + name + "' (one in "
                            + source.getClass().getName() + "); rename one of them");
                }
            });
        }
        return all;
    }

    public WorkflowEngine engine() {
        return engine;
    }

    /** Runs a stopped process left RUNNING go on from their last committed step (at start-up, in the background). */
    public void resumeUnfinished() {
        List<RunHandle> resumed = engine.resumeUnfinished();
        if (!resumed.isEmpty()) LOG.log(System.Logger.Level.INFO, "resuming {0} unfinished workflow run(s)", resumed.size());
    }

    @Override
    public void close() {
        engine.close();
    }
}
