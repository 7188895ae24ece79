package dev.gantry.guard.injection;

import static dev.gantry.guard.classify.PhraseBank.fill;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.JsonlWriter;
import dev.gantry.guard.classify.PhraseBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code src/test/resources/guard/injection-exemplars.jsonl} from the hand-written phrase lists. Deterministic
 * (fixed seed). Regenerate from the repository root after a build with:
 * <pre>java -cp gantry-guard/target/test-classes:gantry-guard/target/classes \
 *   dev.gantry.guard.injection.InjectionExemplarGenerator gantry-guard/src/test/resources/guard/injection-exemplars.jsonl</pre>
 */
public final class InjectionExemplarGenerator {
    static final int ATTACKS = 1600;
    static final int ORDINARY = 2700;
    private final PhraseBank bank = new PhraseBank(7);
    private final List<InjectionPhrases> languages = InjectionPhrases.all();

    public static void main(String[] args) throws IOException {
        List<Exemplar> exemplars = new InjectionExemplarGenerator().generate();
        JsonlWriter.write(Path.of(args[0]), exemplars);
        System.out.println(exemplars.size() + " exemplars, " + exemplars.stream().filter(Exemplar::positive).count() + " injections");
    }

    List<Exemplar> generate() {
        Map<String, Exemplar> unique = new LinkedHashMap<>();
        while (unique.values().stream().filter(Exemplar::positive).count() < ATTACKS) add(unique, attack(), true);
        while (unique.size() < ATTACKS + ORDINARY) add(unique, ordinary(), false);
        return new ArrayList<>(unique.values());
    }

    private static void add(Map<String, Exemplar> unique, String text, boolean positive) {
        unique.putIfAbsent(text, new Exemplar(text, positive, ""));
    }

    private InjectionPhrases language() {
        // English and German first: most traffic; the others still get a fair share.
        int roll = bank.nextInt(20);
        return languages.get(roll < 7 ? 0 : roll < 13 ? 1 : 2 + (roll - 13) % (languages.size() - 2));
    }

    private String attack() {
        InjectionPhrases l = language();
        String core = switch (bank.nextInt(13)) {
            case 0, 1 -> override(l);
            case 2 -> roleHijack(l);
            case 3 -> bank.pick(l.extractions());
            case 4 -> payload(l);
            case 5 -> contextIgnore(l);
            case 6 -> IndirectInjections.wrap(bank, override(l));
            case 8 -> RolePlayScenes.attack(bank);
            case 9, 12 -> OtherScripts.attack(bank);
            case 10 -> taskSwitch(l);
            case 11 -> Deceptions.attack(bank);
            default -> Obfuscations.obfuscate(bank, bank.chance(0.5) ? bank.pick(l.overrides()) + " " + payload(l) : payload(l));
        };
        return bank.chance(0.4) ? bank.pick(language().ordinaryQuestions()) + " " + core : core;
    }

    private String override(InjectionPhrases l) {
        StringBuilder s = new StringBuilder();
        if (bank.chance(0.4)) s.append(bank.pick(l.praise())).append(' ');
        s.append(bank.pick(l.overrides()));
        if (bank.chance(0.5)) s.append(' ').append(bank.pick(l.taskSwitches()));
        s.append(' ').append(switch (bank.nextInt(3)) {
            case 0 -> capitalise(newTask(l)) + ".";
            case 1 -> payload(l);
            default -> bank.chance(0.5) ? bank.pick(l.extractions()) : bank.pick(l.ordinaryQuestions());
        });
        return s.toString();
    }

    /** A new task after praise or a plain "now this instead", with no word of overriding anything. */
    private String taskSwitch(InjectionPhrases l) {
        String opener = bank.chance(0.6) ? bank.pick(l.praise()) + " " : "";
        String task = bank.chance(0.7) ? capitalise(newTask(l)) + "." : payload(l);
        return opener + bank.pick(l.taskSwitches()) + " " + task;
    }

    private String roleHijack(InjectionPhrases l) {
        String role = bank.pick(l.roleIntros()) + " " + bank.pick(l.personas()) + ".";
        return switch (bank.nextInt(3)) {
            case 0 -> role + " " + capitalise(newTask(l)) + ".";
            case 1 -> role + " " + bank.pick(l.ordinaryQuestions());
            default -> role;
        };
    }

    private String payload(InjectionPhrases l) {
        return fill(bank.pick(l.payloadCommands()), bank.pick(InjectionPhrases.PAYLOADS));
    }

    private String newTask(InjectionPhrases l) {
        return fill(bank.pick(l.newTasks()), bank.pick(PublicFigures.NAMES));
    }

    private String contextIgnore(InjectionPhrases l) {
        String question = bank.pick(l.ordinaryQuestions());
        String ignore = bank.pick(l.contextIgnores());
        return bank.chance(0.5) ? question + " " + ignore : ignore + " " + question;
    }

    private String ordinary() {
        return switch (bank.nextInt(16)) {
            case 0, 1 -> bank.pick(language().ordinaryQuestions());
            case 2 -> bank.pick(language().hardNegatives());
            case 3 -> bank.pick(language().ordinaryQuestions()) + " " + bank.pick(language().ordinaryQuestions());
            case 4, 5 -> OrdinaryInstructions.instruction(bank);
            case 7 -> RolePlayScenes.benign(bank);
            case 8, 12 -> OtherScripts.ordinary(bank);
            case 13 -> bank.chance(0.5) ? EverydayForgetting.request(bank) : DeviceSettings.request(bank);
            case 14, 15 -> LookAlikes.request(bank);
            case 9 -> PublicFigures.question(bank);
            case 10 -> Deceptions.benign(bank);
            case 11 -> bank.chance(0.5) ? EverydayTasks.task(bank) : EverydayTasks.task(bank) + " " + EverydayTasks.task(bank);
            default -> IndirectInjections.benignDocument(bank, bank.pick(language().ordinaryQuestions()));
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
