package dev.gantry.server.rag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The RAG API end to end over real HTTP: SQLite catalogue and jobs, Lucene index, the in-jar ONNX model, Tika, and
 * answers through the gateway to the fake provider. Tests build on each other's collection, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RagHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GantryServerFixture server;

    private static final String DOCS = """
            {"documents": [
              {"id": "cats", "title": "Cats", "text": "# Cats\\n\\nCats are small domesticated carnivores. They sleep up to sixteen hours a day.\\n\\n## Food\\n\\nCats eat meat and fish. Milk upsets the stomach of most adult cats.", "metadata": {"lang": "en", "year": 2020}},
              {"id": "rust", "title": "Rust", "text": "Rust is a systems programming language focused on memory safety without a garbage collector.", "metadata": {"lang": "en", "year": 2015}},
              {"id": "kaffee", "title": "Kaffee", "text": "Kaffee wird aus gerösteten Bohnen gebrüht.", "metadata": {"lang": "de", "year": 2021}},
              {"id": "broken"}
            ]}""";

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("""
                rag:
                  answer-model: chat
                  bindings:
                    - {model: pets, collection: kb, chat-model: chat, top-k: 3}
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void should_create_a_collection_with_the_in_process_model_and_refuse_a_duplicate() throws Exception {
        HttpResponse<String> r = server.post("/v1/rag/collections", "{\"name\": \"kb\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("embedding_model").asText()).isEqualTo("local/bge-small-en-v1.5-q");
        assertThat(json(r).get("dimensions").asInt()).isEqualTo(384);

        HttpResponse<String> again = server.post("/v1/rag/collections", "{\"name\": \"kb\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).at("/error/message").asText()).contains("'kb' exists already");
        assertThat(server.post("/v1/rag/collections", "{\"name\": \"Bad Name\"}").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(2)
    void should_ingest_a_batch_and_name_the_document_that_failed_without_losing_the_others() throws Exception {
        HttpResponse<String> r = server.post("/v1/rag/kb/documents?wait=120", DOCS);
        JsonNode job = json(r);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(job.get("status").asText()).isEqualTo("succeeded");
        assertThat(job.get("done").asInt()).isEqualTo(3);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        assertThat(job.at("/errors/0/message").asText()).contains("item 4").contains("'broken'").contains("no text");

        JsonNode kb = json(server.get("/v1/rag/collections/kb"));
        assertThat(kb.get("documents").asInt()).isEqualTo(3);
        assertThat(kb.get("chunks").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(kb.get("metadata_fields")).extracting(JsonNode::asText).containsExactly("lang", "year");
    }

    @Test
    @Order(3)
    void should_skip_unchanged_documents_and_replace_changed_ones() throws Exception {
        JsonNode same = json(server.post("/v1/rag/kb/documents?wait=120", DOCS));
        assertThat(same.get("skipped").asInt()).isEqualTo(3);
        assertThat(same.get("done").asInt()).isZero();

        String changed = "{\"id\": \"rust\", \"title\": \"Rust\", \"text\": \"Rust has ownership and borrowing.\", \"metadata\": {\"lang\": \"en\", \"year\": 2016}}";
        assertThat(json(server.post("/v1/rag/kb/documents?wait=120", changed)).get("done").asInt()).isEqualTo(1);
        JsonNode hits = json(server.post("/v1/rag/kb/search", "{\"query\": \"garbage collector\", \"mode\": \"bm25\"}")).get("hits");
        assertThat(texts(hits)).noneMatch(t -> t.contains("garbage collector"));
        JsonNode doc = json(server.get("/v1/rag/kb/document?id=rust"));
        assertThat(doc.at("/metadata/year").asText()).isEqualTo("2016");
    }

    @Test
    @Order(4)
    void should_search_hybrid_with_citations_whose_offsets_point_into_the_document() throws Exception {
        HttpResponse<String> r = server.post("/v1/rag/kb/search", "{\"query\": \"what do cats eat\", \"top_k\": 3}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode top = json(r).at("/hits/0");
        assertThat(top.at("/citation/document_id").asText()).isEqualTo("cats");
        assertThat(top.get("text").asText()).contains("Cats eat meat and fish");
        assertThat(top.at("/citation/heading_path")).extracting(JsonNode::asText).containsExactly("Cats", "Food");
        assertThat(top.at("/citation/end_offset").asInt()).isGreaterThan(top.at("/citation/start_offset").asInt());
        assertThat(top.at("/citation/title").asText()).isEqualTo("Cats");
    }

    @Test
    @Order(5)
    void should_filter_by_metadata_and_name_an_unknown_filter_field() throws Exception {
        JsonNode hits = json(server.post("/v1/rag/kb/search", "{\"query\": \"Bohnen Kaffee cats\", \"filter\": {\"lang\": \"de\"}}")).get("hits");
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.at("/citation/document_id").asText()).isEqualTo("kaffee"));
        JsonNode recent = json(server.post("/v1/rag/kb/search", "{\"query\": \"cats\", \"filter\": {\"year\": {\"gte\": 2021}}}")).get("hits");
        assertThat(recent).allSatisfy(h -> assertThat(h.at("/metadata/year").asInt()).isGreaterThanOrEqualTo(2021));

        HttpResponse<String> bad = server.post("/v1/rag/kb/search", "{\"query\": \"cats\", \"filter\": {\"colour\": \"red\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/error/message").asText()).contains("'colour'").contains("lang, year");
        HttpResponse<String> unknown = server.post("/v1/rag/nope/search", "{\"query\": \"cats\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).at("/error/message").asText()).contains("'nope' does not exist").contains("kb");
    }

    @Test
    @Order(6)
    void should_answer_through_the_gateway_with_the_sources_it_cited() throws Exception {
        server.fake.enqueue(FakeScript.text("Cats eat meat and fish [1]."));
        HttpResponse<String> r = server.post("/v1/rag/kb/answer", "{\"question\": \"What do cats eat?\", \"top_k\": 2}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.get("answer").asText()).isEqualTo("Cats eat meat and fish [1].");
        assertThat(a.at("/citations/0/citation/document_id").asText()).isEqualTo("cats");
        assertThat(a.get("sources").size()).isGreaterThanOrEqualTo(1);
        assertThat(r.headers().firstValue("x-gantry-provider")).hasValue("oai");
        String prompt = server.fake.lastRequest().body();
        assertThat(prompt).contains("Cats eat meat and fish").contains("What do cats eat?");
    }

    @Test
    @Order(7)
    void should_stream_an_answer_as_sources_deltas_and_done() throws Exception {
        server.fake.enqueue(FakeScript.text("They eat fish [1]."));
        HttpResponse<String> r = server.post("/v1/rag/kb/answer", "{\"question\": \"What do cats eat?\", \"stream\": true}");
        assertThat(r.statusCode()).isEqualTo(200);
        List<JsonNode> events = events(r.body());
        assertThat(events.get(0).get("type").asText()).isEqualTo("sources");
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("delta")).map(e -> e.get("text").asText())
                .reduce("", String::concat)).isEqualTo("They eat fish [1].");
        JsonNode done = events.get(events.size() - 1);
        assertThat(done.get("type").asText()).isEqualTo("done");
        assertThat(done.get("cited")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(r.body()).endsWith("data: [DONE]\n\n");
    }

    @Test
    @Order(8)
    void should_ground_a_plain_chat_completion_for_a_model_bound_to_the_collection() throws Exception {
        server.fake.enqueue(FakeScript.text("Meat and fish [1]."));
        HttpResponse<String> r = server.post("/v1/chat/completions",
                "{\"model\": \"pets\", \"messages\": [{\"role\": \"user\", \"content\": \"What do cats eat?\"}]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).at("/choices/0/message/content").asText()).isEqualTo("Meat and fish [1].");
        assertThat(json(r).at("/citations/0/citation/document_id").asText()).isEqualTo("cats");
        assertThat(server.fake.lastRequest().model()).isEqualTo("fake-model");
        assertThat(server.fake.lastRequest().systemText()).contains("Cats eat meat and fish");
    }

    @Test
    @Order(9)
    void should_ingest_an_uploaded_file_and_reject_an_unsupported_one_by_name() throws Exception {
        HttpResponse<String> ok = raw("/v1/rag/kb/files?name=notes.md&meta.lang=en&wait=120", "# Notes\n\nGantry indexes uploaded files.".getBytes());
        assertThat(json(ok).get("done").asInt()).as(ok.body()).isEqualTo(1);
        assertThat(json(server.get("/v1/rag/kb/document?id=notes.md")).get("title").asText()).isNotBlank();

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        JsonNode failed = json(raw("/v1/rag/kb/files?name=logo.png&wait=120", png));
        assertThat(failed.get("failed").asInt()).isEqualTo(1);
        assertThat(failed.at("/errors/0/message").asText()).contains("logo.png");
    }

    @Test
    @Order(10)
    void should_delete_a_document_then_the_collection() throws Exception {
        assertThat(server.delete("/v1/rag/kb/document?id=kaffee").statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/rag/kb/document?id=kaffee").statusCode()).isEqualTo(404);
        assertThat(server.delete("/v1/rag/collections/kb").statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/rag/collections/kb").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(11)
    void should_embed_through_a_gateway_model_and_record_it_on_the_collection() throws Exception {
        HttpResponse<String> created = server.post("/v1/rag/collections",
                "{\"name\": \"remote\", \"embedding_model\": \"embed\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("embedding_model").asText()).isEqualTo("embed");
        int embedCalls = server.fake.requests().size();
        HttpResponse<String> job = server.post("/v1/rag/remote/documents?wait=120", DOCS);
        assertThat(json(job).get("done").asInt()).as(job.body()).isEqualTo(3);
        assertThat(server.fake.requests().size()).as("documents embedded by the provider").isGreaterThan(embedCalls);
        assertThat(json(server.get("/v1/rag/collections/remote")).get("dimensions").asInt()).isPositive();

        HttpResponse<String> r = server.post("/v1/rag/remote/search", "{\"query\": \"cats\", \"mode\": \"dense\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("hits").size()).isPositive();
        assertThat(server.fake.lastRequest().path()).endsWith("/embeddings");
        assertThat(server.delete("/v1/rag/collections/remote").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> raw(String path, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> events(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: {")) out.add(JSON.readTree(line.substring(6)));
        }
        return out;
    }

    private static List<String> texts(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("text").asText()));
        return out;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
