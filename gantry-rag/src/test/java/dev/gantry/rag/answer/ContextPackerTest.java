package dev.gantry.rag.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextPackerTest {
    private static final String DOC = "Alpha is first. Beta is second. Gamma is third. Delta is fourth.";
    //                                 0               16               32               49
    private static final String OTHER = "Omega stands alone. It has two sentences.";
    private final ContextPacker packer = new ContextPacker();

    @Test
    void numbersSourcesInRankOrderWithTitleAndHeadings() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("other", OTHER, 0, 0, OTHER.length(), "Part 1", "Intro")
                .chunk("doc", DOC, 0, 0, 15)
                .list();

        PackedContext packed = packer.pack(hits, 1000);

        assertThat(packed.text()).isEqualTo("[1] Title of other — Part 1 > Intro\n" + OTHER
                + "\n\n[2] Title of doc\nAlpha is first.");
        assertThat(packed.sources()).extracting(Source::number).containsExactly(1, 2);
        assertThat(packed.sources().get(0).citation().source()).isEqualTo("file:other");
        assertThat(packed.tokens()).isEqualTo(Tokens.count(packed.text()));
    }

    @Test
    void overlappingChunksOfADocumentBecomeOneSourceWithTheOverlapOnce() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("doc", DOC, 1, 16, 47)   // "Beta is second. Gamma is third."
                .chunk("doc", DOC, 0, 0, 31)    // "Alpha is first. Beta is second."
                .list();

        PackedContext packed = packer.pack(hits, 1000);

        assertThat(packed.sources()).hasSize(1);
        Source source = packed.sources().get(0);
        assertThat(source.text()).isEqualTo(DOC.substring(0, 47));
        assertThat(source.citation().startOffset()).isZero();
        assertThat(source.citation().endOffset()).isEqualTo(47);
        assertThat(source.chunkIds()).containsExactly("doc#0", "doc#1");
    }

    @Test
    void consecutiveChunksWithAGapAreJoined() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("doc", DOC, 0, 0, 15)    // "Alpha is first."
                .chunk("doc", DOC, 1, 16, 31)   // "Beta is second." after one space
                .list();

        assertThat(packer.pack(hits, 1000).sources().get(0).text()).isEqualTo(DOC.substring(0, 31));
    }

    @Test
    void distantChunksOfADocumentStaySeparate() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("doc", DOC, 0, 0, 15)
                .chunk("doc", DOC, 2, 32, 47)
                .list();

        assertThat(packer.pack(hits, 1000).sources()).extracting(Source::text)
                .containsExactly("Alpha is first.", "Gamma is third.");
    }

    @Test
    void aChunkBridgingTwoSourcesMergesThem() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("doc", DOC, 2, 32, 47)
                .chunk("other", OTHER, 0, 0, 19)
                .chunk("doc", DOC, 0, 0, 15)
                .chunk("doc", DOC, 1, 16, 31)
                .list();

        PackedContext packed = packer.pack(hits, 1000);

        assertThat(packed.sources()).extracting(Source::text)
                .containsExactly(DOC.substring(0, 47), "Omega stands alone.");
        assertThat(packed.sources().get(0).chunkIds()).containsExactly("doc#0", "doc#1", "doc#2");
        assertThat(packed.text()).startsWith("[1] Title of doc\nAlpha").contains("[2] Title of other");
    }

    @Test
    void aHitThatDoesNotFitGivesItsLeadingWholeSentences() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits().chunk("doc", DOC, 0, 0, DOC.length()).list();
        int budget = Tokens.count("[1] Title of doc\nAlpha is first. Beta is second.") + 2;

        PackedContext packed = packer.pack(hits, budget);

        assertThat(packed.sources().get(0).text()).isEqualTo("Alpha is first. Beta is second.");
        assertThat(packed.sources().get(0).citation().endOffset()).isEqualTo(31);
        assertThat(packed.tokens()).isLessThanOrEqualTo(budget);
    }

    @Test
    void aHitWithoutAFittingSentenceIsSkippedForASmallerOne() {
        String longSentence = "This single sentence goes on and on " + "and on ".repeat(60) + "without end.";
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .chunk("long", longSentence, 0, 0, longSentence.length())
                .chunk("other", OTHER, 0, 0, 19)
                .list();

        PackedContext packed = packer.pack(hits, 40);

        assertThat(packed.sources()).extracting(s -> s.citation().documentId()).containsExactly("other");
        assertThat(packed.sources().get(0).number()).isEqualTo(1);
    }

    @Test
    void nothingFitsGivesAnEmptyContext() {
        PackedContext packed = packer.pack(new Hits().chunk("doc", DOC, 0, 0, 15).list(), 3);
        assertThat(packed.isEmpty()).isTrue();
        assertThat(packed.text()).isEmpty();
        assertThat(packer.pack(List.of(), 100).isEmpty()).isTrue();
    }

    @Test
    void chunksWhoseOffsetsDoNotMatchTheirTextAreNotSpliced() {
        List<dev.gantry.rag.retrieve.SearchHit> hits = new Hits()
                .inconsistent("doc", 0, "Short text.", 0, 100)
                .inconsistent("doc", 1, "More text.", 50, 150)
                .list();

        assertThat(packer.pack(hits, 1000).sources()).extracting(Source::text)
                .containsExactly("Short text.", "More text.");
    }

    @Test
    void refusesANonPositiveBudget() {
        assertThatThrownBy(() -> packer.pack(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Random hits among overlapping chunks (chunk i holds sentences 2i..2i+2, so neighbours share one) of random
     * documents under random budgets: the budget holds, no sentence is cut, no text is invented.
     */
    @Test
    void neverExceedsTheBudgetNorCutsASentence() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            String[] docs = {randomDoc(random), randomDoc(random), randomDoc(random)};
            Hits hits = new Hits();
            for (int h = 0; h < 8; h++) {
                int d = random.nextInt(docs.length);
                int ordinal = random.nextInt(5);
                hits.chunk("d" + d, docs[d], ordinal, sentenceStart(docs[d], 2 * ordinal),
                        sentenceStart(docs[d], 2 * ordinal + 3) - 1);
            }
            int budget = 5 + random.nextInt(300);
            PackedContext packed = packer.pack(hits.list(), budget);

            assertThat(packed.tokens()).isLessThanOrEqualTo(budget).isEqualTo(Tokens.count(packed.text()));
            for (Source s : packed.sources()) {
                String doc = docs[Integer.parseInt(s.citation().documentId().substring(1))];
                assertThat(doc).contains(s.text());
                assertThat(s.text()).endsWith(".");
                assertThat(doc.substring(s.citation().startOffset(), s.citation().endOffset())).isEqualTo(s.text());
            }
        }
    }

    /** Twelve sentences of random words, one space apart. */
    private static String randomDoc(Random random) {
        String[] words = {"alpha", "beta", "gamma", "delta", "tokens", "budget", "retrieval", "vector", "index"};
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 12; s++) {
            String first = words[random.nextInt(words.length)];
            sb.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
            for (int w = 0; w < 3 + random.nextInt(12); w++) sb.append(' ').append(words[random.nextInt(words.length)]);
            sb.append(". ");
        }
        return sb.toString();
    }

    /** Offset where sentence {@code n} (from 0) starts; past the last, the text's length plus one. */
    private static int sentenceStart(String doc, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            at = doc.indexOf(". ", at) + 2;
        }
        return at;
    }
}
