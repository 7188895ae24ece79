package dev.gantry.knowledge.review;

import dev.gantry.core.knowledge.AtomVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * A word diff between two versions' text (title, blank line, body), as git's --word-diff prints it:
 * {@code [-removed-]} and {@code {+added+}}. {@code segments} carries the same for a dashboard to colour.
 */
public record VersionDiff(long atomId, int from, int to, List<Segment> segments, String text) {
    public enum Op { SAME, REMOVED, ADDED }

    public record Segment(Op op, String text) {
    }

    public static VersionDiff between(AtomVersion a, AtomVersion b) {
        List<Segment> segments = diff(words(content(a)), words(content(b)));
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            switch (s.op()) {
                case SAME -> sb.append(s.text());
                case REMOVED -> sb.append("[-").append(s.text()).append("-]");
                case ADDED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return new VersionDiff(a.atomId(), a.version(), b.version(), segments, sb.toString());
    }

    static String content(AtomVersion v) {
        return v.title() + "\n\n" + v.body();
    }

    /** Words and the whitespace between them, as separate tokens, so joining them restores the text. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\S+|\\s+").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Longest common subsequence over words; runs of one kind are merged into one segment. */
    private static List<Segment> diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Op.REMOVED, a.get(i++));
            } else {
                add(out, Op.ADDED, b.get(j++));
            }
        }
        return out;
    }

    private static void add(List<Segment> out, Op op, String word) {
        if (!out.isEmpty() && out.getLast().op() == op) {
            out.set(out.size() - 1, new Segment(op, out.getLast().text() + word));
        } else {
            out.add(new Segment(op, word));
        }
    }
}
