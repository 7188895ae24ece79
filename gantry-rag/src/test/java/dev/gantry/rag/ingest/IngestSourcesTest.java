package dev.gantry.rag.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.rag.IngestItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSourcesTest {
    @TempDir
    Path dir;

    @Test
    void should_expand_directories_and_jsonl_lines_skipping_hidden_files_and_blank_lines() throws Exception {
        Files.writeString(dir.resolve("b.md"), "# B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve("docs.jsonl"), "{\"id\":1}\n\n{\"id\":2}\n");

        List<IngestItem> items = IngestSources.expand(List.of(dir));

        assertThat(items).extracting(IngestItem::describe).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b.md").toString(),
                dir.resolve("docs.jsonl") + ":1", dir.resolve("docs.jsonl") + ":3");
    }

    @Test
    void should_name_a_missing_path() {
        assertThatThrownBy(() -> IngestSources.expand(List.of(dir.resolve("nope.pdf")))).hasMessageContaining("nope.pdf")
                .hasMessageContaining("does not exist");
    }
}
