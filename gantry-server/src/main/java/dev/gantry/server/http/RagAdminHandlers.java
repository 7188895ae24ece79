package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.rag.collection.RagCollections;
import dev.gantry.rag.ingest.IngestJobs;
import dev.gantry.rag.ingest.UploadInfo;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collections (create, list, describe, delete), documents (JSON, JSONL and file uploads, list, delete) and
 * ingest jobs (progress, errors, cancel). Ingests run as background jobs; {@code ?wait=SECONDS} waits for the end.
 */
final class RagAdminHandlers {
    private static final int MAX_WAIT_SECONDS = 600;

    private final RagRoute route;
    private final RagCollections collections;
    private final IngestJobs jobs;
    private final Path uploads;

    RagAdminHandlers(RagRoute route, RagCollections collections, IngestJobs jobs, Path uploads) {
        this.route = route;
        this.collections = collections;
        this.jobs = jobs;
        this.uploads = uploads;
    }

    void register(HttpRules rules) {
        rules.post("/v1/rag/collections", (q, s) -> route.handle(q, s, this::create))
                .get("/v1/rag/collections", (q, s) -> route.handle(q, s, this::list))
                .get("/v1/rag/collections/{name}", (q, s) -> route.handle(q, s, c -> ok(RagJson.described(collections.describe(c.param("name"))))))
                .delete("/v1/rag/collections/{name}", (q, s) -> route.handle(q, s, this::delete))
                .get("/v1/rag/jobs", (q, s) -> route.handle(q, s, this::jobs))
                .get("/v1/rag/jobs/{id}", (q, s) -> route.handle(q, s, c -> ok(job(jobs.require(c.param("id"))))))
                .post("/v1/rag/jobs/{id}/cancel", (q, s) -> route.handle(q, s, c -> ok(job(jobs.cancel(c.param("id"))))))
                .post("/v1/rag/{collection}/documents", (q, s) -> route.handle(q, s, this::documents))
                .get("/v1/rag/{collection}/documents", (q, s) -> route.handle(q, s, this::listDocuments))
                .get("/v1/rag/{collection}/document", (q, s) -> route.handle(q, s, this::document))
                .delete("/v1/rag/{collection}/document", (q, s) -> route.handle(q, s, this::deleteDocument))
                .post("/v1/rag/{collection}/files", (q, s) -> route.handle(q, s, this::file));
    }

    private RagRoute.Reply create(RagRoute.Call c) {
        JsonNode b = c.json();
        CollectionInfo info = collections.create(new CollectionSpec(RagRoute.text(b, "name"), RagRoute.text(b, "embedding_model"),
                RagRoute.integer(b, "chunk_tokens"), RagRoute.integer(b, "overlap_tokens")));
        return new RagRoute.Reply(201, RagJson.collection(info));
    }

    private RagRoute.Reply list(RagRoute.Call c) {
        ArrayNode data = RagRoute.JSON.createArrayNode();
        for (CollectionInfo info : collections.list()) data.add(RagJson.described(collections.describe(info.name())));
        return ok(RagJson.list(data));
    }

    private RagRoute.Reply delete(RagRoute.Call c) {
        String name = c.param("name");
        collections.get(name); // not_found, with the existing names
        jobs.forgetCollection(name);
        collections.delete(name);
        return ok(RagRoute.object().put("object", "rag.collection.deleted").put("name", name).put("deleted", true));
    }

    private RagRoute.Reply jobs(RagRoute.Call c) {
        ArrayNode data = RagRoute.JSON.createArrayNode();
        for (IngestJob j : jobs.list(c.query("collection", null), RagRoute.intQuery(c, "limit", 50, 1, 1000))) data.add(RagJson.job(j, null));
        return ok(RagJson.list(data));
    }

    /** JSON {"documents": [...]} or one document object, or JSONL (one document per line). */
    private RagRoute.Reply documents(RagRoute.Call c) {
        String collection = collections.get(c.param("collection")).name();
        String type = c.req().headers().first(HeaderNames.CONTENT_TYPE).orElse("application/json");
        byte[] body = c.body();
        List<IngestItem> items = type.contains("ndjson") || type.contains("jsonl") ? jsonl(body) : json(body);
        return submitted(c, jobs.submit(collection, items));
    }

    private static List<IngestItem> jsonl(byte[] body) {
        List<IngestItem> items = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) items.add(IngestItem.inline(line));
        }
        return items;
    }

    private static List<IngestItem> json(byte[] body) {
        JsonNode n;
        try {
            n = RagRoute.JSON.readTree(body);
        } catch (IOException e) {
            throw GantryException.invalid(null, "the body is not valid JSON; send {\"documents\": [{\"id\", \"text\", \"title\", \"metadata\"}]}"
                    + " or JSONL with Content-Type: application/x-ndjson");
        }
        JsonNode docs = n != null && n.has("documents") ? n.get("documents") : n;
        if (docs == null || !(docs.isArray() || docs.isObject())) {
            throw GantryException.invalid("documents", "send {\"documents\": [{\"id\", \"text\", \"title\", \"metadata\"}]}");
        }
        List<IngestItem> items = new ArrayList<>();
        if (docs.isObject()) items.add(IngestItem.inline(docs.toString()));
        else docs.forEach(d -> items.add(IngestItem.inline(d.toString())));
        return items;
    }

    /** The body is the file itself; ?name=report.pdf (required), ?id= (default: the name), ?meta.KEY=VALUE. */
    private RagRoute.Reply file(RagRoute.Call c) {
        String collection = collections.get(c.param("collection")).name();
        String name = c.query("name", null);
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw GantryException.invalid("name", "give the file's name as ?name=report.pdf (no path; it tells the file type)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String k : c.req().query().names()) if (k.startsWith("meta.")) meta.put(k.substring(5), c.req().query().get(k));
        Path file = store(name, c.body());
        UploadInfo info = new UploadInfo(c.query("id", name), name, meta);
        return submitted(c, jobs.submit(collection, List.of(info.item(file.toString()))));
    }

    private Path store(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload under " + uploads, e);
        }
    }

    private RagRoute.Reply submitted(RagRoute.Call c, IngestJob job) {
        int wait = RagRoute.intQuery(c, "wait", 0, 0, MAX_WAIT_SECONDS);
        if (wait == 0) return new RagRoute.Reply(202, job(job));
        try {
            IngestJob done = jobs.await(job.id(), Duration.ofSeconds(wait));
            return new RagRoute.Reply(done.finished() ? 200 : 202, job(done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "interrupted while waiting for ingest job " + job.id());
        }
    }

    private RagRoute.Reply listDocuments(RagRoute.Call c) {
        CollectionInfo info = collections.get(c.param("collection"));
        ArrayNode data = RagRoute.JSON.createArrayNode();
        List<DocumentInfo> docs = collections.index(info).documents(c.query("after", null), RagRoute.intQuery(c, "limit", 100, 1, 1000));
        docs.forEach(d -> data.add(RagJson.document(d)));
        var out = RagJson.list(data);
        out.put("has_more", !docs.isEmpty()).put("last_id", docs.isEmpty() ? null : docs.get(docs.size() - 1).id());
        return ok(out);
    }

    private RagRoute.Reply document(RagRoute.Call c) {
        CollectionInfo info = collections.get(c.param("collection"));
        String id = documentId(c);
        return ok(RagJson.document(collections.index(info).document(id).orElseThrow(() -> missing(info, id))));
    }

    private RagRoute.Reply deleteDocument(RagRoute.Call c) {
        CollectionInfo info = collections.get(c.param("collection"));
        String id = documentId(c);
        var index = collections.index(info);
        if (!index.deleteDocument(id)) throw missing(info, id);
        index.commit();
        return ok(RagRoute.object().put("object", "rag.document.deleted").put("id", id).put("deleted", true));
    }

    /** Document ids are often paths, so they travel as ?id= rather than in the URL path. */
    private static String documentId(RagRoute.Call c) {
        String id = c.query("id", null);
        if (id == null || id.isBlank()) throw GantryException.invalid("id", "name the document as ?id=DOCUMENT_ID (URL-encoded)");
        return id;
    }

    private static GantryException missing(CollectionInfo info, String id) {
        return new GantryException(ErrorKind.NOT_FOUND, "collection '" + info.name() + "' has no document '" + id + "'");
    }

    private Object job(IngestJob j) {
        return RagJson.job(j, jobs.failures(j.id(), 100));
    }

    private static RagRoute.Reply ok(Object body) {
        return new RagRoute.Reply(200, body);
    }
}
