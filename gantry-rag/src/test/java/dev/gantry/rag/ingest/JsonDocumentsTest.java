package dev.gantry.rag.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.GantryException;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {
    @Test
    void should_read_the_beir_corpus_form() {
        SourceDocument d = JsonDocuments.parse("{\"_id\":\"4983\",\"title\":\"Microstructural development\",\"text\":\"Alterations of the architecture.\",\"metadata\":{}}",
                "corpus.jsonl:1", "jsonl:corpus.jsonl:1");
        assertThat(d.id()).isEqualTo("4983");
        assertThat(d.title()).isEqualTo("Microstructural development");
        assertThat(d.text()).isEqualTo("Alterations of the architecture.");
        assertThat(d.metadata()).isEmpty();
    }

    @Test
    void should_read_scalar_metadata_as_text() {
        SourceDocument d = JsonDocuments.parse("{\"id\":\"a\",\"text\":\"t\",\"metadata\":{\"year\":2024,\"draft\":false,\"lang\":\"en\",\"gone\":null}}",
                "item 1", "api");
        assertThat(d.metadata()).containsEntry("year", "2024").containsEntry("draft", "false").containsEntry("lang", "en")
                .doesNotContainKey("gone");
    }

    @Test
    void should_name_the_line_and_the_rule_when_a_document_is_unusable() {
        assertThatThrownBy(() -> JsonDocuments.parse("{\"text\":\"no id\"}", "docs.jsonl:7", "x"))
                .isInstanceOf(GantryException.class).hasMessageContaining("docs.jsonl:7").hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> JsonDocuments.parse("{\"id\":\"x\",\"text\":\"  \"}", "docs.jsonl:8", "x"))
                .hasMessageContaining("docs.jsonl:8").hasMessageContaining("no text");
        assertThatThrownBy(() -> JsonDocuments.parse("{\"id\":\"x\",", "docs.jsonl:9", "x"))
                .hasMessageContaining("docs.jsonl:9").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonDocuments.parse("{\"id\":\"x\",\"text\":\"t\",\"metadata\":{\"tags\":[1,2]}}", "item 2", "x"))
                .hasMessageContaining("'tags'").hasMessageContaining("array");
        assertThatThrownBy(() -> JsonDocuments.parse("{\"id\":\"x\",\"text\":\"t\",\"metadata\":{\"bad key\":1}}", "item 3", "x"))
                .hasMessageContaining("'bad key'");
    }
}
