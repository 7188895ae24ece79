package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.EntityLayout.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityLayoutTest {
    private static int[] codes(String text) {
        return EntityLayout.codes(text, EntitySentences.split(text, EntityTokenizer.tokenize(text)));
    }

    @Test
    void anAddressAfterProseCarriesTheProseToItsLaterLines() {
        String text = "Card 1 is lost, can you please send it to 14 Crown Street\n Suite 321\n LONDON\n United Kingdom";

        assertThat(codes(text)).containsExactly(code(0, false, false, false), code(1, true, false, false),
                code(2, true, false, false), code(3, true, false, false));
    }

    @Test
    void anAddressBlockUnderANameHasNoProseAbove() {
        assertThat(codes("William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa"))
                .containsExactly(code(0, false, false, false), code(2, false, false, false),
                        code(3, false, false, false), code(4, false, false, false));
    }

    @Test
    void aTextThatOpensWithAHouseNumberIsMarkedOnEveryLineAndLateLinesShareACode() {
        assertThat(codes("28030 Edeby 55\n Suite 297\n TYSTBERGA\n Sweden 99178"))
                .containsExactly(code(0, false, false, true), code(1, false, false, true),
                        code(2, false, false, true), code(3, false, false, true));
        assertThat(codes("a\nb\nc\nd\ne\nf\ng\nh")[7]).isEqualTo(code(EntityLayout.LAST_LINE, false, false, false));
    }

    @Test
    void twoLowerCaseWordsInARowAreProseButAFieldLabelIsNot() {
        assertThat(codes("Billing address: Sophie Lang\nOslo")[1]).isEqualTo(code(1, false, false, false));
        assertThat(codes("Anna Berg\nOslo")[1]).isEqualTo(code(1, false, false, false));
        assertThat(codes("Meet me at Storgata 1\nOslo")[1]).isEqualTo(code(1, true, false, false));
    }

    @Test
    void aLineOpeningWithAMarkIsQuotedEvenWhenTheMarkIsASentenceOfItsOwn() {
        assertThat(codes("> Anna Berg\n> Oslo")).containsExactly(code(0, false, true, false), code(1, false, true, false));
        int[] questionMarks = codes("??? Anna Berg");
        assertThat(questionMarks[questionMarks.length - 1]).isEqualTo(code(0, false, true, false));
        assertThat(codes("Go on. Anna came.")).containsExactly(code(0, false, false, false), code(0, false, false, false));
    }

    @Test
    void codesStayBelowTheirCount() {
        assertThat(code(EntityLayout.LAST_LINE, true, true, true)).isEqualTo(EntityLayout.CODES - 1);
    }
}
