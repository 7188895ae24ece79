package dev.gantry.rag.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which numbered sources an answer cites: [2], [1][3] and [1, 3] forms; unknown numbers are ignored. */
public final class Citations {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");

    private Citations() {
    }

    /** @return the cited sources in order of first mention, each once */
    public static List<Source> referenced(String text, List<Source> sources) {
        if (text == null || sources.isEmpty()) return List.of();
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (String n : m.group(1).split(",")) numbers.add(Integer.parseInt(n.strip()));
        }
        List<Source> cited = new ArrayList<>();
        for (int n : numbers) {
            sources.stream().filter(s -> s.number() == n).findFirst().ifPresent(cited::add);
        }
        return cited;
    }
}
