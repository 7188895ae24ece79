package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Feature hashing: deterministic per token, independent of what a reused scratch held, gazetteers by window. */
class EntityFeaturesTest {
    private static final int PLACE = 1 << 2;
    private static final EntityFeatures NO_LISTS = new EntityFeatures(new long[0], new int[0], EntityFeatures.DEFAULT_VARIANTS);
    private static final EntityFeatures NEW_YORK = new EntityFeatures(
            new long[] {EntityFeatures.gazetteerKey(List.of("new", "york"))}, new int[] {PLACE},
            EntityFeatures.DEFAULT_VARIANTS);

    @Test
    void aReusedScratchGivesTheFeaturesOfAFreshOne() {
        EntityFeatures.Sentence reused = new EntityFeatures.Sentence();
        NEW_YORK.prepare(EntityTokenizer.tokenize("A much longer sentence about New York and its many boroughs ."), 0,
                reused);
        String text = "Maria went to New York";
        NEW_YORK.prepare(EntityTokenizer.tokenize(text), 0, reused);
        EntityFeatures.Sentence fresh = new EntityFeatures.Sentence();
        NEW_YORK.prepare(EntityTokenizer.tokenize(text), 0, fresh);

        for (int i = 0; i < fresh.length(); i++) {
            assertThat(emission(NEW_YORK, reused, i)).as("token %d", i).isEqualTo(emission(NEW_YORK, fresh, i));
        }
    }

    @Test
    void gazetteerHitsCoverEveryTokenOfAnEntryAndReachOneTokenEachSide() {
        List<String> words = List.of("in", "New", "York", "today", "now");
        int[] hitsInWindow = {1, 2, 2, 1, 0};
        for (int i = 0; i < words.size(); i++) {
            Set<Long> with = emission(NEW_YORK, String.join(" ", words), i);
            Set<Long> without = emission(NO_LISTS, String.join(" ", words), i);
            assertThat(without).isSubsetOf(with);
            assertThat(with.size() - without.size()).as(words.get(i)).isEqualTo(hitsInWindow[i]);
        }
    }

    @Test
    void aPartialEntryIsNoHitAndCaseDoesNotMatter() {
        assertThat(emission(NEW_YORK, "in New Jersey", 1)).isEqualTo(emission(NO_LISTS, "in New Jersey", 1));
        assertThat(emission(NEW_YORK, "in NEW YORK", 1)).isNotEqualTo(emission(NO_LISTS, "in NEW YORK", 1));
    }

    @Test
    void theSpacingAroundATokenIsAFeatureOnlyWithTheGapsVariant() {
        EntityFeatures withoutGaps = new EntityFeatures(new long[0], new int[0],
                EntityFeatures.DEFAULT_VARIANTS & ~EntityFeatures.GAPS);
        String spaced = "Suite 501  Riisa   Estonia 62488";
        String plain = "Suite 501 Riisa Estonia 62488";

        assertThat(emission(NO_LISTS, spaced, 2)).isNotEqualTo(emission(NO_LISTS, plain, 2));
        assertThat(emission(withoutGaps, spaced, 2)).isEqualTo(emission(withoutGaps, plain, 2));
        assertThat(emission(NO_LISTS, "Suite 501  Riisa", 2)).as("two spaces or ten: one kind")
                .isEqualTo(emission(NO_LISTS, "Suite 501          Riisa", 2));
    }

    @Test
    void theSentencesLayoutIsAFeatureOnlyWithTheLayoutVariant() {
        EntityFeatures withLayout = new EntityFeatures(new long[0], new int[0], EntityFeatures.LAYOUT);
        EntityFeatures without = new EntityFeatures(new long[0], new int[0], 0);
        int inProse = EntityLayout.code(2, true, false, false);
        int inBlock = EntityLayout.code(2, false, false, false);

        assertThat(emission(withLayout, "LONDON", inProse, 0)).isNotEqualTo(emission(withLayout, "LONDON", inBlock, 0));
        assertThat(emission(without, "LONDON", inProse, 0)).isEqualTo(emission(without, "LONDON", inBlock, 0));
    }

    @Test
    void wordsAreLowerCasedButTheTokenClassKeepsTheCase() {
        Set<Long> capitalised = emission(NO_LISTS, "ask Maria now", 1);
        Set<Long> upper = emission(NO_LISTS, "ask MARIA now", 1);
        Set<Long> shared = new HashSet<>(capitalised);
        shared.retainAll(upper);
        assertThat(shared).hasSizeGreaterThan(capitalised.size() / 2);
        assertThat(capitalised).isNotEqualTo(upper);
    }

    @Test
    void everyVariantStaysWithinTheBufferSize() {
        int all = EntityFeatures.WORD_SHAPE | EntityFeatures.OUTCOME_WORD | EntityFeatures.WINDOW_WORD_CLASS
                | EntityFeatures.CASED_CONTEXT | EntityFeatures.GAPS | EntityFeatures.LAYOUT;
        long key = EntityFeatures.gazetteerKey(List.of("Anna"));
        EntityFeatures everything = new EntityFeatures(new long[] {key}, new int[] {0b111}, all);
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        everything.prepare(EntityTokenizer.tokenize("Anna Anna Anna Anna Anna"), 0, s);
        long[] out = new long[EntityFeatures.MAX_EMISSION];
        for (int i = 0; i < s.length(); i++) assertThat(everything.emission(s, i, out)).isLessThanOrEqualTo(out.length);
        assertThat(everything.transitions(s, 2, EntityFeatures.outcomeKey("O"), new long[3])).isEqualTo(3);
    }

    @Test
    void refusesMoreGazetteerListsThanTheBufferAllowsFor() {
        assertThatThrownBy(() -> new EntityFeatures(new long[] {1}, new int[] {0b1000}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000")
                .hasMessageContaining("GAZETTEER_LISTS");
    }

    @Test
    void transitionFeaturesDependOnThePreviousOutcome() {
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        NO_LISTS.prepare(EntityTokenizer.tokenize("ask Maria now"), 0, s);
        long[] afterOutside = new long[EntityFeatures.MAX_TRANSITION];
        long[] afterPerson = new long[EntityFeatures.MAX_TRANSITION];
        int n = NO_LISTS.transitions(s, 1, EntityFeatures.outcomeKey("O"), afterOutside);
        NO_LISTS.transitions(s, 1, EntityFeatures.outcomeKey("B-PERSON"), afterPerson);
        Set<Long> both = new HashSet<>(asSet(afterOutside, n));
        both.retainAll(asSet(afterPerson, n));
        assertThat(both).isEmpty();
        assertThat(asSet(afterOutside, n)).doesNotContain(0L);
    }

    private static Set<Long> emission(EntityFeatures features, String text, int i) {
        return emission(features, text, 0, i);
    }

    private static Set<Long> emission(EntityFeatures features, String text, int layout, int i) {
        EntityFeatures.Sentence s = new EntityFeatures.Sentence();
        features.prepare(EntityTokenizer.tokenize(text), layout, s);
        return emission(features, s, i);
    }

    private static Set<Long> emission(EntityFeatures features, EntityFeatures.Sentence s, int i) {
        long[] out = new long[EntityFeatures.MAX_EMISSION];
        int n = features.emission(s, i, out);
        Set<Long> set = asSet(out, n);
        assertThat(set).as("no two templates give the same hash").hasSize(n);
        return set;
    }

    private static Set<Long> asSet(long[] hashes, int n) {
        Set<Long> set = new HashSet<>();
        Arrays.stream(hashes, 0, n).forEach(set::add);
        return set;
    }
}
