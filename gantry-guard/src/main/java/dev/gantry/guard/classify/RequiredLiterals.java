package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives, from a regex's source, a set of literal strings of which every match must contain at least one: a cheap,
 * sound prefilter (if none of them occurs in a text, the regex cannot match there). Understands the subset of regex
 * syntax the guard rules use; anything else (flags, back-references, unknown constructs) gives no prefilter, never a
 * wrong one.
 */
final class RequiredLiterals {
    /** Most strings an exact set may hold before it is given up. */
    private static final int MAX_EXACT = 64;
    private static final int MAX_LITERAL = 48;
    /** Most alternatives a requirement keeps before they are merged into one literal set. */
    private static final int MAX_ALTERNATIVES = 32;

    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /**
     * Requirements every match meets, as alternatives (any one may hold) of conjunctions (all must hold) of literal
     * sets (a set holds when the text contains one of its literals); null when nothing could be derived.
     */
    static List<List<Set<String>>> of(Pattern pattern) {
        if ((pattern.flags() & ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE)) != 0) return null; // UNICODE_CASE alone changes nothing
        try {
            RequiredLiterals parser = new RequiredLiterals(pattern.pattern());
            Info info = parser.alternation();
            if (parser.pos != parser.re.length()) return null;
            return info.requirement();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * What a node can match: {@code exact} all the strings it can match when they are few (null otherwise), and
     * {@code dnf} what every match contains (see {@link #of}; null when unknown).
     */
    private record Info(Set<String> exact, List<List<Set<String>>> dnf) {
        static final Info ZERO_WIDTH = new Info(Set.of(""), null);
        static final Info UNKNOWN = new Info(null, null);

        /** The exact set as a requirement when it is usable, else the derived one. */
        List<List<Set<String>>> requirement() {
            return usable(exact) ? List.of(List.of(exact)) : dnf;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static boolean usable(Set<String> s) {
        return s != null && !s.isEmpty() && !s.contains("");
    }

    private static int minLength(Set<String> s) {
        int min = Integer.MAX_VALUE;
        for (String x : s) min = Math.min(min, x.length());
        return min;
    }

    /** Longer shortest literal first (more selective), then fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (!usable(a)) return usable(b) ? b : null;
        if (!usable(b)) return a;
        int la = Math.min(minLength(a), 8), lb = Math.min(minLength(b), 8);
        if (la != lb) return la > lb ? a : b;
        return a.size() <= b.size() ? a : b;
    }

    /** One literal set implied by the requirement: the union of the best set of each alternative; null if none. */
    private static Set<String> weaken(List<List<Set<String>>> dnf) {
        if (dnf == null) return null;
        Set<String> out = new LinkedHashSet<>();
        for (List<Set<String>> conjunction : dnf) {
            Set<String> best = null;
            for (Set<String> factor : conjunction) best = better(best, factor);
            if (best == null) return null;
            out.addAll(best);
        }
        return out.isEmpty() ? null : out;
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_EXACT) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                if (x.length() + y.length() > MAX_LITERAL) return null;
                out.add(x + y);
            }
        }
        return out;
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) return branches.get(0);
        Set<String> exact = new LinkedHashSet<>();
        List<List<Set<String>>> dnf = new ArrayList<>();
        for (Info b : branches) {
            if (exact != null) {
                if (b.exact() == null) exact = null;
                else exact.addAll(b.exact());
                if (exact != null && exact.size() > MAX_EXACT) exact = null;
            }
            List<List<Set<String>>> requirement = b.requirement();
            if (dnf != null) {
                if (requirement == null) dnf = null;
                else dnf.addAll(requirement);
            }
        }
        if (dnf != null && dnf.size() > MAX_ALTERNATIVES) {
            Set<String> weak = weaken(dnf);
            dnf = weak == null ? null : List.of(List.of(weak));
        }
        return new Info(exact, dnf);
    }

    private Info concatenation() {
        Set<String> run = Set.of("");
        boolean allExact = true;
        List<Set<String>> factors = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info item = quantified(atom());
            Set<String> joined = item.exact() == null ? null : cross(run, item.exact());
            if (joined != null) {
                run = joined;
                continue;
            }
            allExact = false;
            if (usable(run)) factors.add(run);
            if (item.exact() == null && item.dnf() != null) {
                if (item.dnf().size() == 1) {
                    factors.addAll(item.dnf().get(0));
                } else {
                    Set<String> weak = weaken(item.dnf());
                    if (weak != null) factors.add(weak);
                }
            }
            run = item.exact() == null ? Set.of("") : item.exact();
        }
        if (usable(run)) factors.add(run);
        return new Info(allExact ? run : null, factors.isEmpty() ? null : List.of(List.copyOf(factors)));
    }

    private Info quantified(Info atom) {
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        int min, max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) throw new Unsupported();
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            if (bounds.length > 2) throw new Unsupported();
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++; // lazy or possessive
        if (atom.exact() != null && max <= 8) {
            Set<String> all = new LinkedHashSet<>();
            Set<String> power = Set.of("");
            for (int k = 0; k <= max && power != null; k++) {
                if (k >= min) all.addAll(power);
                if (k < max) power = cross(power, atom.exact());
            }
            if (power != null && all.size() <= MAX_EXACT) return new Info(all, null);
        }
        return min >= 1 ? new Info(null, atom.requirement()) : Info.UNKNOWN;
    }

    private Info atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                if (re.startsWith("(?:", pos)) {
                    pos += 3;
                    Info inner = alternation();
                    expect(')');
                    return inner;
                }
                if (re.startsWith("(?=", pos) || re.startsWith("(?!", pos)) pos += 3;
                else if (re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos)) pos += 4;
                else throw new Unsupported(); // capturing or named groups, inline flags
                alternation();
                expect(')');
                return Info.ZERO_WIDTH;
            }
            case '^', '$' -> {
                pos++;
                return Info.ZERO_WIDTH;
            }
            case '.' -> {
                pos++;
                return Info.UNKNOWN;
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                char e = re.charAt(pos + 1);
                pos += 2;
                if (e == 'b' || e == 'B') return Info.ZERO_WIDTH;
                if ("wWsSdD".indexOf(e) >= 0) return Info.UNKNOWN;
                if (Character.isLetterOrDigit(e)) throw new Unsupported(); // escapes such as p, Q, digits and u: not handled
                return new Info(Set.of(String.valueOf(e)), null);
            }
            case '?', '*', '+', '{', ')', '|' -> throw new Unsupported();
            default -> {
                pos++;
                if (Character.isSurrogate(c)) throw new Unsupported();
                return new Info(Set.of(String.valueOf(c)), null);
            }
        }
    }

    /** A class of plain characters ("[ae]", "[-:,!]") is a small exact set; anything fancier is unknown. */
    private Info charClass() {
        int i = pos + 1;
        boolean negated = i < re.length() && re.charAt(i) == '^';
        if (negated) i++;
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = !negated;
        int classStart = i;
        while (true) {
            if (i >= re.length()) throw new Unsupported();
            char c = re.charAt(i);
            if (c == ']' && i > classStart) break;
            if (c == '[' || c == '&' || Character.isSurrogate(c)) throw new Unsupported(); // nested classes, intersections
            if (c == '\\') {
                plain = false;
                i += 2;
                continue;
            }
            if (c == '-' && i > classStart && i + 1 < re.length() && re.charAt(i + 1) != ']') plain = false; // a range
            chars.add(String.valueOf(c));
            i++;
        }
        pos = i + 1;
        return plain && !chars.isEmpty() ? new Info(chars, null) : Info.UNKNOWN;
    }

    private void expect(char c) {
        if (pos >= re.length() || re.charAt(pos) != c) throw new Unsupported();
        pos++;
    }
}
