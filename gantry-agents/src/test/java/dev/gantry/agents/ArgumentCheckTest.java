package dev.gantry.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentCheckTest {
    private final ArgumentCheck check = new ArgumentCheck();
    private final ToolSpec weather = new ToolSpec("weather", "w", Map.of("type", "object", "required", List.of("city"),
            "properties", Map.of("city", Map.of("type", "string"), "days", Map.of("type", "integer", "minimum", 1))));

    @Test
    void should_pass_arguments_that_match_the_schema() {
        assertThat(check.problems(weather, "{\"city\":\"Oslo\",\"days\":2}")).isEmpty();
    }

    @Test
    void should_name_each_problem_with_its_path() {
        assertThat(check.problems(weather, "{\"days\":0}")).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("(root): ").contains("city"))
                .anySatisfy(p -> assertThat(p).startsWith("/days: ").contains("1"));
    }

    @Test
    void should_say_when_the_arguments_are_not_json_or_not_an_object() {
        assertThat(check.problems(weather, "{city: Oslo")).singleElement().asString()
                .startsWith("(root): the arguments are not valid JSON");
        assertThat(check.problems(weather, "[1]")).containsExactly("(root): the arguments must be a JSON object, got ARRAY");
    }

    @Test
    void should_read_blank_arguments_as_an_empty_object() {
        ToolSpec none = new ToolSpec("now", "n", Map.of("type", "object"));
        assertThat(check.problems(none, "")).isEmpty();
    }

    @Test
    void should_refuse_a_schema_that_does_not_compile_naming_the_tool() {
        ToolSpec broken = new ToolSpec("bad", "b", Map.of("type", "object", "properties",
                Map.of("x", Map.of("type", "string", "pattern", "(["))));
        assertThatThrownBy(() -> check.compile(broken)).hasMessageContaining("tool 'bad'");
    }

    @Test
    void should_refuse_tool_names_providers_reject() {
        assertThatThrownBy(() -> ToolNames.check("get weather")).hasMessageContaining("'get weather'");
        ToolNames.check("get_weather-2");
    }
}
