package dev.gantry.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobState;
import dev.gantry.provider.openai.OpenAiCodec;
import dev.gantry.server.jobs.JobsWiring;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jobs admin API, behind the admin key like the audit API: GET /gantry/jobs?queue=&state=&limit= (newest
 * first, without payloads), GET /gantry/jobs/counts, GET /gantry/jobs/{id} (with its payload) and
 * POST /gantry/jobs/{id}/retry (a dead job back in its queue; audited).
 */
final class JobsHandler {
    static final int MAX_LIMIT = 1_000;
    static final String RETRY_ACTOR = "admin-api";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATES = Arrays.stream(JobState.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private final JobsWiring jobs;
    private final AdminGuard guard;

    JobsHandler(JobsWiring jobs, AdminGuard guard) {
        this.jobs = jobs;
        this.guard = guard;
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/gantry/jobs", (req, res) -> run(req, res, this::list))
                .get("/gantry/jobs/counts", (req, res) -> run(req, res, this::counts))
                .get("/gantry/jobs/{id}", (req, res) -> run(req, res, this::show))
                .post("/gantry/jobs/{id}/retry", (req, res) -> run(req, res, this::retry));
    }

    private ObjectNode list(ServerRequest req) {
        DashboardParams p = new DashboardParams(req.query(), Set.of("queue", "state", "limit"));
        String state = p.choice("state", STATES);
        JobFilter filter = new JobFilter(p.text("queue"),
                state == null ? null : JobState.valueOf(state.toUpperCase(Locale.ROOT)),
                p.number("limit", 100, 1, MAX_LIMIT));
        ArrayNode data = JSON.createArrayNode();
        for (JobInfo j : jobs.queue().list(filter)) data.add(json(j, false));
        ObjectNode out = JSON.createObjectNode().put("object", "list");
        out.set("data", data);
        return out;
    }

    private ObjectNode counts(ServerRequest req) {
        new DashboardParams(req.query(), Set.of());
        ObjectNode queues = JSON.createObjectNode();
        for (Map.Entry<String, Map<JobState, Long>> q : jobs.queue().counts().entrySet()) {
            ObjectNode byState = queues.putObject(q.getKey());
            for (JobState s : JobState.values()) byState.put(lower(s), q.getValue().getOrDefault(s, 0L));
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("queues", queues);
        return out;
    }

    private ObjectNode show(ServerRequest req) {
        new DashboardParams(req.query(), Set.of());
        String id = req.path().pathParameters().get("id");
        return json(jobs.queue().find(id).orElseThrow(() -> unknown(id)), true);
    }

    private ObjectNode retry(ServerRequest req) {
        new DashboardParams(req.query(), Set.of());
        String id = req.path().pathParameters().get("id");
        return json(jobs.retry(id, RETRY_ACTOR).orElseThrow(() -> unknown(id)), false);
    }

    static ObjectNode json(JobInfo j, boolean withPayload) {
        ObjectNode o = JSON.createObjectNode().put("id", j.id()).put("queue", j.queue())
                .put("dedupe_key", j.dedupeKey()).put("state", lower(j.state())).put("attempts", j.attempts())
                .put("max_attempts", j.maxAttempts()).put("created_at", j.createdAt().toString())
                .put("updated_at", j.updatedAt().toString()).put("not_before", j.notBefore().toString())
                .put("last_error", j.lastError()).put("payload_bytes", j.payload().getBytes(StandardCharsets.UTF_8).length);
        if (withPayload) o.put("payload", j.payload());
        return o;
    }

    private static String lower(JobState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static GantryException unknown(String id) {
        return new GantryException(ErrorKind.NOT_FOUND, "no job '" + id + "'; list jobs with GET /gantry/jobs");
    }

    private void run(ServerRequest req, ServerResponse res, Function<ServerRequest, ObjectNode> body) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            guard.authorize(Exchange.credential(req));
            Exchange.json(res, 200, PlatformHandlers.bytes(body.apply(req)));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }
}
