package dev.gantry.rag.chunk;

import static dev.gantry.rag.chunk.ChunkInvariants.check;
import static dev.gantry.rag.chunk.ChunkInvariants.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Chunk;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownChunkerTest {
    private static final String DOC = "doc-1";

    private static List<Chunk> chunk(String text, int limit, int overlap) {
        List<Chunk> chunks = new MarkdownChunker(limit, overlap).chunk(DOC, text, Map.of("lang", "en"));
        check(DOC, text, chunks, limit);
        return chunks;
    }

    private static String sentences(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "Sentence " + i + " describes the pump maintenance schedule in some detail.")
                .collect(Collectors.joining(" "));
    }

    @Test
    void headingsSetThePathOfEveryChunkUnderThem() {
        String text = """
                Preamble before any heading.

                # Manual
                Intro text.

                ## Install
                Run the installer.

                ### Linux
                Use the package.

                ## Usage #
                Start it.

                # Appendix
                Notes.
                """;
        List<Chunk> chunks = chunk(text, 256, 32);

        assertThat(chunks).extracting(Chunk::headingPath).containsExactly(List.of(), List.of("Manual"),
                List.of("Manual", "Install"), List.of("Manual", "Install", "Linux"), List.of("Manual", "Usage"),
                List.of("Appendix"));
        assertThat(chunks.get(2).text()).isEqualTo("## Install\nRun the installer.");
        assertThat(chunks).allSatisfy(c -> assertThat(c.metadata()).containsEntry("lang", "en"));
    }

    @Test
    void aHeadingWithOnlyADeeperHeadingUnderItJoinsThatSection() {
        String text = "# Guide\n\n## Install\n\nRun it.\n\n## Remove\n\nDelete it.\n";
        List<Chunk> chunks = chunk(text, 256, 32);

        assertThat(chunks).extracting(Chunk::text).containsExactly("# Guide\n\n## Install\n\nRun it.",
                "## Remove\n\nDelete it.");
        assertThat(chunks.get(0).headingPath()).containsExactly("Guide", "Install");
    }

    @Test
    void codeBlocksAndTablesThatFitStayWhole() {
        String code = "```java\n" + IntStream.range(0, 8).mapToObj(i -> "int v" + i + " = compute(" + i + ");")
                .collect(Collectors.joining("\n")) + "\n```";
        String table = "| name | value |\n| --- | --- |\n" + IntStream.range(0, 6)
                .mapToObj(i -> "| key" + i + " | " + (i * 7) + " |").collect(Collectors.joining("\n"));
        String text = "# Config\n\n" + sentences(0, 3) + "\n\n" + code + "\n\n" + sentences(3, 2) + "\n\n" + table + "\n";
        int limit = tokens(code) + 10;
        List<Chunk> chunks = chunk(text, limit, 0);

        assertThat(chunks).filteredOn(c -> c.text().contains("```")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains(code));
        assertThat(chunks).filteredOn(c -> c.text().contains("| key")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains(table));
    }

    @Test
    void aLongParagraphIsCutAtSentences() {
        String text = sentences(0, 40);
        List<Chunk> chunks = chunk(text, 64, 0);

        assertThat(chunks).hasSizeGreaterThan(5);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).startsWith("Sentence ").endsWith("detail."));
        assertThat(String.join(" ", chunks.stream().map(Chunk::text).toList())).isEqualTo(text);
    }

    @Test
    void overlapRepeatsWholeSentencesFromTheEndOfThePreviousChunk() {
        String text = "# Pumps\n\n" + sentences(0, 40);
        List<Chunk> chunks = chunk(text, 64, 24);

        assertThat(chunks).hasSizeGreaterThan(5);
        for (int i = 1; i < chunks.size(); i++) {
            Chunk previous = chunks.get(i - 1);
            Chunk next = chunks.get(i);
            assertThat(next.startOffset()).as("chunk %d overlaps chunk %d", i, i - 1).isLessThan(previous.endOffset());
            String repeated = text.substring(next.startOffset(), previous.endOffset());
            assertThat(repeated).startsWith("Sentence ").endsWith("detail.");
            assertThat(tokens(repeated)).isLessThanOrEqualTo(24);
            assertThat(previous.text()).endsWith(repeated).isNotEqualTo(repeated);
        }
    }

    @Test
    void noOverlapAcrossHeadingsOrWhenTurnedOff() {
        String text = "# A\n\n" + sentences(0, 30) + "\n\n# B\n\n" + sentences(30, 30);
        List<Chunk> overlapping = chunk(text, 64, 24);
        int firstOfB = text.indexOf("# B");

        assertThat(overlapping).filteredOn(c -> c.headingPath().equals(List.of("B"))).first()
                .satisfies(c -> assertThat(c.startOffset()).isEqualTo(firstOfB));
        List<Chunk> plain = chunk(text, 64, 0);
        for (int i = 1; i < plain.size(); i++) {
            assertThat(plain.get(i).startOffset()).isGreaterThan(plain.get(i - 1).endOffset());
        }
    }

    @Test
    void aCodeBlockTooLongIsCutAtLines() {
        List<String> lines = IntStream.range(0, 60).mapToObj(i -> "    call(" + i + ", \"argument\");").toList();
        String text = "```\n" + String.join("\n", lines) + "\n```";
        List<Chunk> chunks = chunk(text, 48, 16);

        assertThat(chunks).hasSizeGreaterThan(3);
        for (Chunk c : chunks) {
            assertThat(c.text().lines().map(String::strip))
                    .allSatisfy(l -> assertThat(l).matches("```|call\\(\\d+, \"argument\"\\);"));
        }
    }

    @Test
    void aSentenceLongerThanAChunkIsCutAtTokenWindowsAsALastResort() {
        String run = IntStream.range(0, 400).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String unbroken = "x".repeat(3000);
        List<Chunk> chunks = chunk("Intro.\n\n" + run + "\n\n" + unbroken, 32, 8);

        assertThat(chunks).hasSizeGreaterThan(10);
        assertThat(chunks).filteredOn(c -> c.text().startsWith("w")).allSatisfy(c ->
                assertThat(c.text()).matches("w\\d+( w\\d+)*"));
    }

    @Test
    void plainTextIsParagraphs() {
        String text = "The report covers the year.\nIt was written by the board\nand approved in March.\n\n"
                + "A second paragraph follows here.\n";
        List<Chunk> chunks = chunk(text, 256, 32);

        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.headingPath()).isEmpty();
            assertThat(c.text()).isEqualTo(text.strip());
        });
    }

    @Test
    void crlfTextChunksLikeLfText() {
        String lf = "# Title\n\nIntro paragraph.\n\n## Part\n\n" + sentences(0, 20) + "\n\n| a | b |\n| 1 | 2 |\n";
        String crlf = lf.replace("\n", "\r\n");
        List<Chunk> fromLf = chunk(lf, 64, 16);
        List<Chunk> fromCrlf = chunk(crlf, 64, 16);

        assertThat(fromCrlf).extracting(Chunk::headingPath).isEqualTo(fromLf.stream().map(Chunk::headingPath).toList());
        assertThat(fromCrlf).extracting(c -> c.text().replace("\r\n", "\n"))
                .isEqualTo(fromLf.stream().map(Chunk::text).toList());
        assertThat(fromCrlf.get(0).headingPath()).containsExactly("Title");
    }

    @Test
    void blankTextHasNoChunks() {
        MarkdownChunker chunker = MarkdownChunker.withDefaults();

        assertThat(chunker.chunk(DOC, "", Map.of())).isEmpty();
        assertThat(chunker.chunk(DOC, " \n\r\n\t ", Map.of())).isEmpty();
        assertThat(chunker.chunk(DOC, null, null)).isEmpty();
    }

    @Test
    void specialTokenTextIsOrdinaryText() {
        String text = "The marker <|endoftext|> appears in the log.";

        assertThat(chunk(text, 256, 32)).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo(text));
    }

    @Test
    void sameInputSameChunks() {
        String text = GeneratedDocs.document(new java.util.Random(7));
        MarkdownChunker chunker = new MarkdownChunker(64, 16);

        assertThat(chunker.chunk(DOC, text, Map.of())).isEqualTo(chunker.chunk(DOC, text, Map.of()));
    }

    @Test
    void settingsOutOfRangeAreRejectedWithTheRule() {
        assertThatThrownBy(() -> new MarkdownChunker(8, 0)).isInstanceOf(GantryException.class)
                .hasMessageContaining("chunk_tokens is 8").hasMessageContaining("at least 16")
                .extracting(e -> ((GantryException) e).kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThatThrownBy(() -> new MarkdownChunker(256, 200)).isInstanceOf(GantryException.class)
                .hasMessageContaining("overlap_tokens is 200").hasMessageContaining("128");
        assertThatThrownBy(() -> new MarkdownChunker(256, -1)).hasMessageContaining("overlap_tokens is -1");
    }

    @Test
    void generatedDocumentsKeepEveryInvariant() {
        int[][] settings = {{16, 0}, {16, 8}, {48, 12}, {128, 32}, {256, 32}, {512, 0}};
        for (long seed = 1; seed <= 8; seed++) {
            String text = GeneratedDocs.document(new java.util.Random(seed));
            for (int[] s : settings) {
                List<Chunk> chunks = new MarkdownChunker(s[0], s[1]).chunk(DOC, text, Map.of());
                try {
                    check(DOC, text, chunks, s[0]);
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ", chunkTokens " + s[0] + ", overlap " + s[1], e);
                }
            }
        }
    }
}
