package dev.gantry.knowledge.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.VersionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
    private static AtomVersion v(int n, String title, String body) {
        return new AtomVersion(1, n, AtomType.SOLUTION, 1, title, body, VersionStatus.DRAFT, List.of(1L), "extractor",
                Instant.EPOCH, null, null, null);
    }

    @Test
    void should_mark_removed_and_added_words_between_versions() {
        VersionDiff d = VersionDiff.between(v(1, "Pin the base image", "by tag"), v(2, "Pin the base image and JDK", "by digest"));

        assertThat(d.text()).isEqualTo("Pin the base image{+ and JDK+}\n\nby [-tag-]{+digest+}");
        assertThat(d.from()).isEqualTo(1);
        assertThat(d.to()).isEqualTo(2);
        assertThat(d.segments()).extracting(VersionDiff.Segment::op).contains(VersionDiff.Op.ADDED, VersionDiff.Op.REMOVED);
    }

    @Test
    void should_show_no_change_between_equal_versions() {
        VersionDiff d = VersionDiff.between(v(1, "Same", "text"), v(2, "Same", "text"));
        assertThat(d.segments()).singleElement().extracting(VersionDiff.Segment::op).isEqualTo(VersionDiff.Op.SAME);
    }
}
