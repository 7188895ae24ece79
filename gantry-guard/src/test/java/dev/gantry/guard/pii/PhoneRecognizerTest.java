package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.Finding;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.PresidioDataset;
import dev.gantry.guard.pii.PhoneRecognizer.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @ParameterizedTest
    @ValueSource(strings = {"+1.650.253.0000", "(650)253-0000", "650.253.0000", "+44 (0) 20-7946-0018",
            "+49-30-901820", "650\u2013253\u20130000", "+44\u00A020\u00A07946\u00A00018", "+33 (1) 42.68.53.00",
            "[650] 253 0000", "+1 650 253 0000 ext. 123", "+1 650 253 0000 extension 7", "+39 06 6988 4857",
            "+91 98765 43210", "\uFF0B44 20 7946 0018"})
    void findsNumbersSplitByOddSeparatorsWithExactOffsets(String phone) {
        String text = "Questions? Please phone " + phone + "! Thanks";
        List<Finding> found = RECOGNIZER.find(text);

        assertThat(values(text, found)).containsExactly(phone);
        assertThat(found).isEqualTo(RECOGNIZER.findScanningWholeText(text));
    }

    @Test
    void findsNumbersAtTheStartAndEndOfTheText() {
        String[][] textAndPhone = {{"+44 20 7946 0018", "+44 20 7946 0018"},
                {"+44 20 7946 0018 is the office", "+44 20 7946 0018"}, {"Office: +44 20 7946 0018", "+44 20 7946 0018"},
                {"020 7946 0018\nmain line", "020 7946 0018"}, {"tel\n+1 (650) 253-0000", "+1 (650) 253-0000"},
                {"(650) 253-0000", "(650) 253-0000"}, {"call 600905874", "600905874"}};
        for (String[] pair : textAndPhone) {
            String text = pair[0];
            List<Finding> found = RECOGNIZER.find(text);

            assertThat(values(text, found)).as(text).containsExactly(pair[1]);
            assertThat(found.getFirst().start()).as(text).isEqualTo(text.indexOf(pair[1]));
            assertThat(found).as(text).isEqualTo(RECOGNIZER.findScanningWholeText(text));
        }
    }

    @Test
    void windowsAreCutWhereNoCandidateCanReachAndNeedSevenDigits() {
        String text = "Order 12345 shipped. Call +44 20 7946 0018 today, or write.\nRef 2024-01-02 08:30.";
        List<String> windows = Window.around(text).stream().map(w -> text.substring(w.start(), w.end())).toList();

        // Cut at consonants ("Call", "today", "Ref") and line breaks; "Order 12345 s" has too few digits.
        assertThat(windows).containsExactly(" +44 20 7946 0018 to", " 2024-01-02 08:30.");
        assertThat(Window.around("pin 1234, code 567")).isEmpty();
        assertThat(Window.around("1234567")).containsExactly(new Window(0, 7));
        assertThat(Window.around("")).isEmpty();
    }

    @Test
    void windowedScanEqualsWholeTextScanOnGeneratedText() {
        String[] tokens = {"+44 20 7946 0018", "(650) 253-0000", "650-253-0000", "+1 650 253 0000", "030 901820",
                "01 42 68 53 00", "98765 43210", "0412 345 678", "600905874", "4673395", "2 901 019", "1996-2000",
                "1990-04-13", "13/04/1990", "2012-01-02 08", ":30", "211-227 (2003)", "90210-1234", "6803-064",
                "4111 1111 1111 1111", "123-45-6789", "ext", "ext.", "x", "extension", "anexo", "int", "#", "~",
                "\u0434\u043e\u0431", ";ext=", "tel", "call", "phone", "fax", "Crown St", "Avenue", "order",
                "license", "zip", "Office", "the", "and", "on", "at", "is", "Note", "(", ")", "[", "]", "/", "\\",
                "-", ".", ",", ";", ":", "+", "\n", "\t", "\u00A0", "\u2013", "!", "?", "@", "'", "\"", "%", "$",
                "12", "7", "0", "555", "2024", "1234567", "20 7946", "0018"};
        String[] joiners = {" ", " ", " ", "", "-", ".", ", ", "\n", "  ", "/"};
        Random random = new Random(42);
        for (int n = 0; n < 1_500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int t = random.nextInt(12) + 1; t > 0; t--) {
                sb.append(tokens[random.nextInt(tokens.length)]).append(joiners[random.nextInt(joiners.length)]);
            }
            String text = random.nextBoolean() ? sb.toString().strip() : sb.toString();
            assertThat(RECOGNIZER.find(text)).as("%s", text).isEqualTo(RECOGNIZER.findScanningWholeText(text));
        }
    }

    @Test
    void windowedScanEqualsWholeTextScanOnThePiiDevSet() {
        Path data = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && data == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/pii/pii-dev.json");
            if (Files.isRegularFile(candidate)) data = candidate;
        }
        assumeTrue(data != null, "shared/data/pii/pii-dev.json not found above the working directory");
        List<String> differing = new ArrayList<>();
        for (LabeledText sample : PresidioDataset.read(data)) {
            String text = sample.text();
            if (!RECOGNIZER.find(text).equals(RECOGNIZER.findScanningWholeText(text))) differing.add(text);
        }
        assertThat(differing).isEmpty();
    }
}
