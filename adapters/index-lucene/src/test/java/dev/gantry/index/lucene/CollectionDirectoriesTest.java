package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CollectionDirectoriesTest {
    @Test
    void should_keep_lowercase_letters_digits_underscore_and_dash() {
        assertThat(CollectionDirectories.directoryName("docs_2024-v1")).isEqualTo("docs_2024-v1");
    }

    @Test
    void should_escape_every_other_byte_as_lowercase_hex() {
        assertThat(CollectionDirectories.directoryName("Docs")).isEqualTo("%44ocs");
        assertThat(CollectionDirectories.directoryName("../x")).isEqualTo("%2e%2e%2fx");
        assertThat(CollectionDirectories.directoryName("%44ocs")).isEqualTo("%2544ocs");
        assertThat(CollectionDirectories.directoryName("é")).isEqualTo("%c3%a9");
    }

    @Test
    void should_keep_names_differing_only_in_case_apart() {
        assertThat(CollectionDirectories.directoryName("Docs")).isNotEqualToIgnoringCase(
                CollectionDirectories.directoryName("docs"));
    }

    @Test
    void should_resolve_directly_under_the_root() {
        Path root = Path.of("/data/indexes");

        assertThat(CollectionDirectories.resolve(root, "..").getParent()).isEqualTo(root);
        assertThat(CollectionDirectories.resolve(root, "a/../../b").getParent()).isEqualTo(root);
    }

    @Test
    void should_reject_empty_long_and_control_character_names_with_the_rule() {
        assertThat(rejection(null)).contains("empty");
        assertThat(rejection(" ")).contains("empty");
        assertThat(rejection("x".repeat(65))).contains("65 characters", "at most 64");
        assertThat(rejection("a\nb")).contains("control characters");
    }

    private static String rejection(String name) {
        Throwable t = catchThrowable(() -> CollectionDirectories.directoryName(name));
        assertThat(t).isInstanceOf(GantryException.class);
        assertThat(((GantryException) t).kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        return t.getMessage();
    }
}
