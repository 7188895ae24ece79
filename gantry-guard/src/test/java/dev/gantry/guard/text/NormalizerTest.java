package dev.gantry.guard.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    private String normalized(String text) {
        return normalizer.normalize(text).text();
    }

    /** The original text behind normalised chars {@code [start, end)}. */
    private static String original(NormalizedText n, int start, int end) {
        Span s = n.toOriginal(start, end);
        return n.original().substring(s.start(), s.end());
    }

    @Test
    void stripsZeroWidthAndBidiControls() {
        NormalizedText n = normalizer.normalize("\u200Ba\u200Bl\u200Ci\u200Dc\u2060e\uFEFF \u202Eevil\u202C \u2066x\u2069\u00AD");

        assertThat(n.text()).isEqualTo("alice evil x");
        assertThat(original(n, 0, 5)).isEqualTo("\u200Ba\u200Bl\u200Ci\u200Dc\u2060e\uFEFF");
    }

    @Test
    void foldsCyrillicAndGreekLookAlikes() {
        assertThat(normalized("p\u0430yp\u0430l \u0421\u041E\u0420\u0415 \u03BF\u03C1\u0435n \u0391\u0392\u0395")).isEqualTo("paypal COPE open ABE");
    }

    @Test
    void appliesNfkcAndMapsExpansionsToTheirSource() {
        NormalizedText n = normalizer.normalize("\uFF49\uFF47\uFF4E\uFF4F\uFF52\uFF45 \uFB01le e\u0301 \uD835\uDC1A");

        assertThat(n.text()).isEqualTo("ignore file \u00E9 a");
        assertThat(original(n, 7, 8)).isEqualTo("\uFB01");
        assertThat(original(n, 8, 9)).isEqualTo("\uFB01");
        assertThat(original(n, 12, 13)).isEqualTo("e\u0301");
        assertThat(original(n, 14, 15)).isEqualTo("\uD835\uDC1A");
    }

    @Test
    void joinsSpacedOutLetters() {
        assertThat(normalized("please i g n o r e previous")).isEqualTo("please ignore previous");
        assertThat(normalized("i.g.n.o.r.e it")).isEqualTo("ignore it");
        assertThat(normalized("i g n o r e  a l l rules")).isEqualTo("ignore  all rules");
    }

    @Test
    void leavesOrdinaryShortWordsDigitsAndMixedGapsAlone() {
        assertThat(normalized("I am a b test")).isEqualTo("I am a b test");
        assertThat(normalized("call 1 2 3 4 now")).isEqualTo("call 1 2 3 4 now");
        assertThat(normalized("a b-c d")).isEqualTo("a b-c d");
    }

    @Test
    void spacedLettersMapBackToTheWholeSpacedWord() {
        NormalizedText n = normalizer.normalize("x i g n o r e y");

        assertThat(n.text()).isEqualTo("xignorey");
        assertThat(original(n, 0, 8)).isEqualTo("x i g n o r e y");
        assertThat(original(n, 1, 7)).isEqualTo("i g n o r e");
    }

    @Test
    void readsWhatUnicodeTagCharsHide() {
        String hidden = "hi" + "ignore".codePoints().map(c -> c + 0xE0000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

        assertThat(normalized(hidden)).isEqualTo("hiignore");
    }

    @Test
    void replacesLoneSurrogatesAndKeepsPairs() {
        NormalizedText n = normalizer.normalize("a\uD800b\uDC00c\uD83D\uDE00d\uD83D");

        assertThat(n.text()).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00d\uFFFD");
        assertThat(original(n, 5, 7)).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void dropsControlCharsButKeepsWhitespace() {
        assertThat(normalized("a\u0000b\u0007c\td\ne\r\n")).isEqualTo("abc\td\ne\r\n");
    }

    @Test
    void truncatesBeyondTheLimitWithoutSplittingAPair() {
        Normalizer small = new Normalizer(5);

        NormalizedText n = small.normalize("abcd\uD83D\uDE00efgh");

        assertThat(n.truncated()).isTrue();
        assertThat(n.checkedLength()).isEqualTo(4);
        assertThat(n.text()).isEqualTo("abcd");
        assertThat(n.toOriginal(0, 4)).isEqualTo(new Span(0, 4));
        assertThat(small.normalize("abc").truncated()).isFalse();
        assertThatThrownBy(() -> new Normalizer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clampsSpansOutsideTheNormalisedText() {
        NormalizedText n = normalizer.normalize("\u200Babc\u200B");

        assertThat(n.toOriginal(0, 99)).isEqualTo(new Span(0, 5));
        assertThat(n.toOriginal(3, 3)).isEqualTo(new Span(5, 5));
        assertThat(n.toOriginal(1, 2)).isEqualTo(new Span(2, 3));
        assertThat(normalizer.normalize("").toOriginal(0, 0)).isEqualTo(new Span(0, 0));
    }

    @Test
    void mapsEveryCharOfRandomTextInOrderAndInsideTheOriginal() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            char[] chars = new char[random.nextInt(300)];
            for (int k = 0; k < chars.length; k++) chars[k] = (char) random.nextInt(round % 2 == 0 ? 0x10000 : 0x600);
            String text = new String(chars);

            NormalizedText n = normalizer.normalize(text);

            int previousStart = 0;
            for (int i = 0; i < n.text().length(); i++) {
                Span s = n.toOriginal(i, i + 1);
                assertThat(s.start()).isGreaterThanOrEqualTo(previousStart);
                assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
                previousStart = s.start();
            }
            assertThat(n.toOriginal(0, n.text().length())).isEqualTo(new Span(0, text.length()));
        }
    }
}
