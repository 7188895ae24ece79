package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private static List<List<Set<String>>> requirement(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }

    /** The literal sets of a requirement with a single alternative. */
    private static List<Set<String>> factors(String regex) {
        List<List<Set<String>>> dnf = requirement(regex);
        assertThat(dnf).hasSize(1);
        return dnf.get(0);
    }

    @Test
    void derivesLiteralsEveryMatchContains() {
        assertThat(factors("\\b(?:ignore|forget)\\b(?:\\W+\\w+){0,4}?\\W+(?:rules|prompts?)\\b"))
                .containsExactly(Set.of("ignore", "forget"), Set.of("rules", "prompt", "prompts"));
        assertThat(factors("\\bor you (?:will )?die\\b")).containsExactly(Set.of("or you die", "or you will die"));
        assertThat(factors("\\bact as an? (?:\\w+ )?(?:shell|console)")).containsExactly(Set.of("act as a ", "act as an "), Set.of("shell", "console"));
        assertThat(factors("^\\W*(?:stop|attention)\\W*[-:,!]")).containsExactly(Set.of("stop", "attention"), Set.of("-", ":", ",", "!"));
        assertThat(requirement("\\[system\\]|<\\|im_start\\|>")).containsExactly(List.of(Set.of("[system]", "<|im_start|>")));
        assertThat(requirement("\\bdie\\b|\\bkill\\w* (?:him|her)")).containsExactly(List.of(Set.of("die")), List.of(Set.of("kill"), Set.of(" him", " her")));
        assertThat(factors("ignor[ae]")).containsExactly(Set.of("ignora", "ignore"));
    }

    @Test
    void givesNoPrefilterWhenItCannotBeSure() {
        assertThat(requirement("\\w+")).isNull();
        assertThat(requirement("a|\\w+")).isNull();
        assertThat(requirement("(?:abc)?")).isNull();
        assertThat(requirement("(abc)")).isNull(); // capturing groups are not modelled
        assertThat(requirement("\\p{L}{5}")).isNull();
        assertThat(RequiredLiterals.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).isNull();
    }

    @Test
    void strongestMatchAsTheListWouldGiveIt() {
        List<Rule> rules = List.of(
                Rule.of("weak", "en", 0.6, "\\bact as\\b"),
                Rule.of("first strong", "en", 0.9, "\\bignore\\b"),
                Rule.of("second strong", "en", 0.9, "\\brules\\b"),
                Rule.of("unfiltered", "any", 0.7, "\\b\\w{30,}\\b"));
        assertStrongestAsTheListGivesIt(rules, List.of("", "act as a cat", "ignore the rules", "the rules, then ignore", "rules only",
                "a" .repeat(40), "act as " + "b".repeat(31), "nothing here"));
    }

    @Test
    void findsLiteralsOfEveryScriptEvenInMixedText() {
        List<Rule> rules = List.of(
                Rule.of("latin", "en", 0.9, "\\bignore\\b"),
                Rule.of("cyrillic", "ru", 0.95, "забудь\\W+все"),
                Rule.of("han", "zh", 0.95, "忽略[^。]{0,6}?指令"),
                Rule.of("thai", "th", 0.95, "ลืมคำสั่ง"),
                Rule.of("mixed", "ja", 0.8, "システムプロンプト|dan"));
        assertStrongestAsTheListGivesIt(rules, List.of("ignore it", "забудь все", "please забудь все and ignore", "忽略之前的指令",
                "ok 忽略 ok 指令", "ลืมคำสั่ง", "mix ลืมคำสั่ง 忽略所有指令 забудь все", "システムプロンプト", "dan", "nothing here", "指令 only"));
        assertThat(ScriptedLiterals.scriptOf("abc")).isEqualTo(Character.UnicodeScript.LATIN);
        assertThat(ScriptedLiterals.scriptOf("ab忽略")).isEqualTo(Character.UnicodeScript.HAN);
    }

    private static void assertStrongestAsTheListGivesIt(List<Rule> rules, List<String> texts) {
        RuleSet set = RuleSet.of(rules);
        for (String text : texts) {
            Optional<Rule> expected = rules.stream().filter(r -> r.matches(text)).max((a, b) -> Double.compare(a.score(), b.score()));
            assertThat(set.strongest(text)).as(text).isEqualTo(expected);
        }
    }
}
