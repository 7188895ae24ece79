package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.workflows.engine.RunHandle;
import dev.gantry.workflows.engine.RunView;
import dev.gantry.workflows.engine.WorkflowEngine;
import io.helidon.webserver.http.HttpRouting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The workflow API, with the access rule of the RAG routes (a virtual key or the admin key while keys exist):
 * {@code GET /gantry/workflows/runs} (newest first), {@code POST /gantry/workflows/{name}/runs} (body: the initial state; 202 with the run id, or with {@code ?wait=true}
 * the finished run, waiting at most {@value #MAX_WAIT_SECONDS} s before answering 202), {@code GET
 * /gantry/workflows/runs/{id}}, {@code POST /gantry/workflows/runs/{id}/resume} (also with {@code ?wait=true}).
 */
final class WorkflowHandlers {
    static final long MAX_WAIT_SECONDS = 300;
    private final RagRoute route;
    private final WorkflowEngine engine;

    WorkflowHandlers(RagRoute route, WorkflowEngine engine) {
        this.route = route;
        this.engine = engine;
    }

    void register(HttpRouting.Builder routing) {
        routing.post("/gantry/workflows/{name}/runs", (req, res) -> route.handle(req, res, this::start))
                .get("/gantry/workflows/runs", (req, res) -> route.handle(req, res, this::list))
                .get("/gantry/workflows/runs/{id}", (req, res) -> route.handle(req, res, this::get))
                .post("/gantry/workflows/runs/{id}/resume", (req, res) -> route.handle(req, res, this::resume));
    }

    private RagRoute.Reply start(RagRoute.Call c) {
        Map<String, JsonNode> input = new LinkedHashMap<>();
        initialState(c.body()).properties().forEach(e -> input.put(e.getKey(), e.getValue()));
        return answer(c, engine.start(c.param("name"), input));
    }

    /** The body is the run's initial state: a JSON object, or nothing for a workflow without inputs. */
    private static JsonNode initialState(byte[] body) {
        if (body.length == 0) return RagRoute.object();
        try {
            JsonNode n = RagRoute.JSON.readTree(body);
            if (n == null || !n.isObject()) throw GantryException.invalid(null, "the request body must be a JSON object: the run's initial state");
            return n;
        } catch (java.io.IOException e) {
            throw GantryException.invalid(null, "the request body is not valid JSON; send the run's initial state as a JSON object");
        }
    }

    /** Newest first, without state: {@code ?workflow=NAME&limit=N} (default 50, at most 1000). */
    private RagRoute.Reply list(RagRoute.Call c) {
        int limit = RagRoute.intQuery(c, "limit", 50, 1, 1000);
        var body = RagRoute.object();
        var data = body.putArray("data");
        engine.runs(c.query("workflow", null), limit).forEach(r -> data.add(WorkflowJson.run(r)));
        return new RagRoute.Reply(200, body);
    }

    private RagRoute.Reply get(RagRoute.Call c) {
        return new RagRoute.Reply(200, WorkflowJson.view(view(c.param("id"))));
    }

    private RagRoute.Reply resume(RagRoute.Call c) {
        return answer(c, engine.resume(c.param("id")));
    }

    private RagRoute.Reply answer(RagRoute.Call c, RunHandle handle) {
        if ("true".equals(c.query("wait", "false"))) {
            WorkflowRun run = await(handle);
            if (run != null) return new RagRoute.Reply(200, WorkflowJson.view(view(run.id())));
        }
        var accepted = RagRoute.object().put("id", handle.runId()).put("status", RunStatus.RUNNING.name().toLowerCase());
        accepted.put("href", "/gantry/workflows/runs/" + handle.runId());
        return new RagRoute.Reply(202, accepted);
    }

    /** @return null when the run is still going after the longest wait */
    private static WorkflowRun await(RunHandle handle) {
        try {
            return handle.done().get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "the wait for workflow run " + handle.runId() + " was interrupted; it goes on");
        } catch (ExecutionException e) {
            throw new GantryException(ErrorKind.INTERNAL, "workflow run " + handle.runId() + " could not be recorded", e.getCause());
        }
    }

    private RunView view(String id) {
        return engine.view(id).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "workflow run '" + id + "' does not exist; start a run to get an id"));
    }
}
