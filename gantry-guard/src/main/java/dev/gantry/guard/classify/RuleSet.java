package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fixed list of rules, prepared so that finding the strongest match is cheap: each rule's regex only runs when the
 * literals every match of it must contain ({@link RequiredLiterals}) occur in the text, and all those literals are
 * found in one pass ({@link ScriptedLiterals}: Aho-Corasick automata). Rules are tried strongest first and the first match wins, ties going
 * to the earlier rule, exactly as the strongest-of-all-matches over the list would. Immutable, thread-safe.
 */
public final class RuleSet {
    private final List<Rule> rules;
    /** Rule indices, strongest first; stable, so equal scores keep list order. */
    private final int[] byStrength;
    /**
     * Per rule, its alternative conjunctions as arrays of factor ids (a factor holds when one of its literals occurs),
     * or null when the rule has no prefilter and always runs.
     */
    private final int[][][] requirements;
    private final int factorCount;
    private final ScriptedLiterals automaton;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Integer[] order = new Integer[this.rules.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> this.rules.get(i).score()).reversed());
        this.byStrength = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        Map<String, List<Integer>> factorsOfLiteral = new LinkedHashMap<>();
        requirements = new int[this.rules.size()][][];
        int factors = 0;
        for (int i = 0; i < this.rules.size(); i++) {
            List<List<Set<String>>> dnf = RequiredLiterals.of(this.rules.get(i).pattern());
            if (dnf == null) continue;
            int[][] alternatives = new int[dnf.size()][];
            for (int a = 0; a < dnf.size(); a++) {
                List<Set<String>> conjunction = dnf.get(a);
                alternatives[a] = new int[conjunction.size()];
                for (int f = 0; f < conjunction.size(); f++) {
                    int id = factors++;
                    alternatives[a][f] = id;
                    for (String literal : conjunction.get(f)) factorsOfLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(id);
                }
            }
            requirements[i] = alternatives;
        }
        this.factorCount = factors;
        this.automaton = new ScriptedLiterals(factorsOfLiteral);
    }

    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The strongest rule matching the normalised text (the first such in list order among equals), if any. */
    public Optional<Rule> strongest(String normalized) {
        long[] found = new long[(factorCount + 63) >>> 6];
        automaton.scan(normalized, found);
        for (int i : byStrength) {
            if (!mayMatch(i, found)) continue;
            Rule rule = rules.get(i);
            if (rule.matches(normalized)) return Optional.of(rule);
        }
        return Optional.empty();
    }

    private boolean mayMatch(int rule, long[] found) {
        int[][] alternatives = requirements[rule];
        if (alternatives == null) return true;
        for (int[] conjunction : alternatives) {
            boolean all = true;
            for (int f : conjunction) {
                if ((found[f >>> 6] & (1L << f)) == 0) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    /** For tests: the requirement gating rule i, or null when it always runs. */
    List<List<Set<String>>> requirementOf(int i) {
        return requirements[i] == null ? null : RequiredLiterals.of(rules.get(i).pattern());
    }
}
