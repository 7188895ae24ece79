package dev.gantry.guard.harmful;

import static dev.gantry.guard.classify.PhraseBank.fill;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.JsonlWriter;
import dev.gantry.guard.classify.PhraseBank;
import dev.gantry.guard.injection.EverydayTasks;
import dev.gantry.guard.injection.OrdinaryInstructions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code src/main/resources/guard/harmful-exemplars.jsonl}: harmful requests by category against ordinary and
 * look-alike benign requests. Deterministic (fixed seed). Regenerate from the repository root after a build with:
 * <pre>java -cp gantry-guard/target/test-classes:gantry-guard/target/classes \
 *   dev.gantry.guard.harmful.HarmfulExemplarGenerator gantry-guard/src/main/resources/guard/harmful-exemplars.jsonl</pre>
 */
public final class HarmfulExemplarGenerator {
    static final int HARMFUL = 2150;
    static final int BENIGN = 3550;
    private final PhraseBank bank = new PhraseBank(11);
    private final List<String> categories = HarmfulPhrases.ACTIONS_EN.keySet().stream().sorted().toList();

    public static void main(String[] args) throws IOException {
        List<Exemplar> exemplars = new HarmfulExemplarGenerator().generate();
        JsonlWriter.write(Path.of(args[0]), exemplars);
        System.out.println(exemplars.size() + " exemplars, " + exemplars.stream().filter(Exemplar::positive).count() + " harmful");
    }

    List<Exemplar> generate() {
        Map<String, Exemplar> unique = new LinkedHashMap<>();
        for (String[] other : concat(HarmfulPhrases.ACTIONS_OTHER, HarmfulPhrasesMore.ACTIONS)) {
            for (Exemplar e : harmfulInOtherLanguage(other)) unique.putIfAbsent(e.text(), e);
        }
        for (String text : HarmfulPhrases.BENIGN_OTHER) unique.putIfAbsent(text, new Exemplar(text, false, ""));
        for (String[] benign : concat(HarmfulPhrases.BENIGN_ACTIONS_OTHER, HarmfulPhrasesMore.BENIGN_ACTIONS)) {
            for (String request : requestsIn(benign[0])) unique.putIfAbsent(fill(request, benign[1]), new Exemplar(fill(request, benign[1]), false, ""));
        }
        while (unique.values().stream().filter(Exemplar::positive).count() < HARMFUL) {
            Exemplar e = harmful();
            unique.putIfAbsent(e.text(), e);
        }
        while (unique.size() < HARMFUL + BENIGN) {
            String text = benign();
            unique.putIfAbsent(text, new Exemplar(text, false, ""));
        }
        return new ArrayList<>(unique.values());
    }

    private Exemplar harmful() {
        String category = bank.pick(categories);
        List<String> deeds = HarmfulPhrases.DEEDS_EN.get(category);
        if (deeds != null && bank.chance(0.3)) return new Exemplar(fill(bank.pick(HarmfulPhrases.ARTIFACTS_EN), bank.pick(deeds)), true, category);
        return new Exemplar(request(bank.pick(HarmfulPhrases.ACTIONS_EN.get(category))), true, category);
    }

    /** An English request for an action, in the infinitive ("how to ...") or, one time in three, the -ing form. */
    private String request(String action) {
        if (bank.chance(0.33)) return fill(bank.pick(HarmfulPhrases.REQUESTS_GERUND_EN), Gerunds.of(action));
        return fill(bank.pick(HarmfulPhrases.REQUESTS_EN), action);
    }

    /** Every request framing of the action's language, so each non-English action is seen in several sentences. */
    private List<Exemplar> harmfulInOtherLanguage(String[] languageCategoryAction) {
        return requestsIn(languageCategoryAction[0]).stream().map(r -> new Exemplar(fill(r, languageCategoryAction[2]), true, languageCategoryAction[1])).toList();
    }

    private static List<String> requestsIn(String language) {
        return switch (language) {
            case "de" -> HarmfulPhrases.REQUESTS_DE;
            case "fr" -> HarmfulPhrases.REQUESTS_FR;
            case "es" -> HarmfulPhrases.REQUESTS_ES;
            case "pt" -> HarmfulPhrasesMore.REQUESTS_PT;
            case "nl" -> HarmfulPhrasesMore.REQUESTS_NL;
            default -> HarmfulPhrases.REQUESTS_IT;
        };
    }

    private static List<String[]> concat(List<String[]> first, List<String[]> second) {
        List<String[]> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private String benign() {
        return switch (bank.nextInt(8)) {
            case 0, 1 -> request(bank.pick(HarmfulPhrases.BENIGN_ACTIONS_EN));
            case 2 -> fill(bank.pick(HarmfulPhrases.ARTIFACTS_EN), bank.pick(HarmfulPhrases.BENIGN_DEEDS_EN));
            case 3 -> OrdinaryInstructions.question(bank);
            case 7 -> EverydayTasks.task(bank);
            default -> OrdinaryInstructions.instruction(bank);
        };
    }
}
