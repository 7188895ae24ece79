package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;

/** Shared checks: the spans found, and that no reason repeats the sensitive value. */
final class FindingAssertions {
    private FindingAssertions() {}

    static List<String> values(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    static void assertReasonsHideValues(String text, List<Finding> findings) {
        for (Finding f : findings) {
            String value = text.substring(f.start(), f.end());
            assertThat(f.reason()).isNotBlank().doesNotContain(value);
            String digits = value.replaceAll("\\D", "");
            if (digits.length() >= 4) assertThat(f.reason().replaceAll("\\D", "")).doesNotContain(digits);
        }
    }
}
