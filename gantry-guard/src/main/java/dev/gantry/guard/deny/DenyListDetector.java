package dev.gantry.guard.deny;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms a team never wants in a request or an answer (competitor names, internal code names, banned phrases):
 * whole words or phrases, case-insensitive, any run of spaces between the words of a phrase. One pattern for the
 * whole list, longest term first, so "Acme Corp" wins over "Acme".
 */
public final class DenyListDetector implements Detector {
    public static final String TYPE = "DENY_LIST";
    private final String list;
    private final Pattern pattern;

    /** @param list the list's name, reported in reasons; @param terms at least one non-blank term */
    public DenyListDetector(String list, List<String> terms) {
        this.list = Objects.requireNonNull(list, "list");
        List<String> cleaned = terms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (cleaned.isEmpty()) throw new IllegalArgumentException("deny-list '" + list + "' has no terms");
        this.pattern = Pattern.compile(alternation(cleaned), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(List<String> terms) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) sb.append('|');
            String[] words = terms.get(i).toLowerCase(Locale.ROOT).split("\\s+");
            for (int w = 0; w < words.length; w++) sb.append(w == 0 ? "" : "\\s+").append(Pattern.quote(words[w]));
        }
        return sb.append(")(?![\\p{L}\\p{N}])").toString();
    }

    @Override
    public String name() {
        return "deny:" + list;
    }

    @Override
    public List<Finding> scan(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new Finding(TYPE, m.start(), m.end(), 1.0, "a term from deny-list '" + list + "'"));
        return out;
    }
}
