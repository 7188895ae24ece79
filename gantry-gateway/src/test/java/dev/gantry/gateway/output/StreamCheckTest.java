package dev.gantry.gateway.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamCheckTest {
    private static final ResponseFormat PERSON = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "person", null,
            Map.of("type", "object", "required", List.of("name"), "properties", Map.of("name", Map.of("type", "string"))),
            true);
    private final OutputValidator validator = new OutputValidator();

    private StreamCheck check(ResponseFormat format) {
        return new StreamCheck(validator.prepare(format), "m");
    }

    private static void feed(StreamCheck c, String... deltas) {
        for (String d : deltas) c.text(0, d);
    }

    @Test
    void should_accept_valid_json_split_anywhere_including_inside_strings_and_multibyte_chars() {
        StreamCheck c = check(PERSON);
        String emoji = "\uD83D\uDE00";
        feed(c, "{\"na", "me\": \"Zo", "\u00EB " + emoji.charAt(0), emoji.charAt(1) + "\"", " }", "\n");
        assertThatCode(c::end).doesNotThrowAnyException();
    }

    @Test
    void should_fail_at_the_delta_that_breaks_the_syntax_not_at_the_end() {
        StreamCheck c = check(ResponseFormat.JSON_OBJECT);
        feed(c, "{\"a\": 1");
        assertThatThrownBy(() -> c.text(0, ", oops}")).isInstanceOfSatisfying(GantryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("not valid JSON", "cannot be repaired once sent", "json_object");
        });
    }

    @Test
    void should_fail_prose_or_a_code_fence_at_its_first_delta() {
        assertThatThrownBy(() -> feed(check(PERSON), "```json\n{")).isInstanceOf(GantryException.class);
        assertThatThrownBy(() -> feed(check(PERSON), "Sure! Here")).isInstanceOf(GantryException.class);
    }

    @Test
    void should_fail_text_after_the_json_value() {
        StreamCheck c = check(ResponseFormat.JSON_OBJECT);
        feed(c, "{\"a\": 1}");
        assertThatThrownBy(() -> c.text(0, " {\"b\": 2}")).hasMessageContaining("goes on after its JSON value");
    }

    @Test
    void should_check_completeness_and_the_schema_at_the_end() {
        StreamCheck cut = check(PERSON);
        feed(cut, "{\"name\": \"Ada\"");
        assertThatThrownBy(cut::end).hasMessageContaining("not valid JSON");

        StreamCheck wrong = check(PERSON);
        feed(wrong, "{\"name\": 7}");
        assertThatThrownBy(wrong::end).hasMessageContaining("/name", "string", "schema 'person'");

        assertThatThrownBy(check(PERSON)::end).hasMessageContaining("empty");
    }

    @Test
    void should_not_hold_tool_calling_choices_to_the_format_but_check_the_others() {
        StreamCheck c = check(PERSON);
        c.toolCall(0);
        c.text(0, "not json at all");
        c.text(1, "{\"name\": \"Ada\"}");
        assertThatCode(c::end).doesNotThrowAnyException();
    }

    @Test
    void should_pass_everything_when_there_is_no_json_format() {
        StreamCheck c = check(null);
        assertThat(c.enabled()).isFalse();
        feed(c, "plain ", "prose");
        assertThatCode(c::end).doesNotThrowAnyException();
    }

    @Test
    void should_hold_answers_to_both_the_route_schema_and_the_clients_format() {
        StreamCheck c = new StreamCheck(validator.prepare(ResponseFormat.JSON_OBJECT, PERSON), "m");
        feed(c, "{\"other\": 1}");
        assertThatThrownBy(c::end).hasMessageContaining("schema 'person'", "name");
    }
}
