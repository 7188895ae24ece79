package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRecognizerTest {
    private static final PhoneRecognizer RECOGNIZER = new PhoneRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"(650) 253-0000", "650-253-0000", "+1 650 253 0000", "020 7946 0018", "+44 20 7946 0018",
            "030 901820", "+49 30 901820", "01 42 68 53 00", "+33 1 42 68 53 00", "+81 3-3224-9999",
            "+41 (0)44 668 18 00", "98765 43210", "0412 345 678", "650-253-0000 x123"})
    void findsNationalAndInternationalNumbers(String phone) {
        String text = "Please call me at " + phone + " tomorrow";
        List<Finding> found = RECOGNIZER.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(18);
            assertThat(f.end()).isEqualTo(18 + phone.length());
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void validNumbersScoreHigherThanMerelyPossibleOnes() {
        Finding valid = RECOGNIZER.find("number +1 650 253 0000").getFirst();
        Finding possible = RECOGNIZER.find("number +1 984 182 0190").getFirst(); // no US exchange starts with 1
        assertThat(valid.score()).isGreaterThan(possible.score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I live at 4021 1250 Crown Street", "meet at 12345 678 rue de Rivoli",
            "zip code 90210-1234", "driver's license number 6940579", "order 20240101 shipped", "it costs 1234",
            "born 1990-04-13", "id F162823540116",
            "Rua Melo, 26, 6803-064 Portimão", "Rua Alves, 985, 32877-241 Campinas", "Av. Sol, 2, 87317367 Curitiba"})
    void ignoresHouseNumbersPostcodesIdsAndShortNumbers(String text) {
        assertThat(values(text, RECOGNIZER.find(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enrolled during 1996-2000 in", "95% CI 1.99-11.07", "publications (1977-2007) on",
            "OMIM 608612).12", "the CK-0944636 inhibitor", "among 2 901 019 men", "convert binary 1111000",
            "see pp. 2784-2799", "from 1958\u20131994 onward", "doi eLife.00422.001"})
    void ignoresRangesCountsAndCodesFromOrdinaryProse(String text) {
        assertThat(values(text, RECOGNIZER.find(text))).isEmpty();
    }

    @Test
    void bareDigitRunsNeedACueOrEnoughDigits() {
        assertThat(RECOGNIZER.find("Our hotline 600905874 is open")).hasSize(1);
        assertThat(RECOGNIZER.find("call 4673395 now")).hasSize(1);
        assertThat(RECOGNIZER.find("batch 4673395 passed")).isEmpty();
    }

    @Test
    void keepsTheLongestReadingWhenRegionsDisagree() {
        List<Finding> found = RECOGNIZER.find("fax +46 (0)8 928 571 38 now");
        assertThat(values("fax +46 (0)8 928 571 38 now", found)).containsExactly("+46 (0)8 928 571 38");
    }
}
