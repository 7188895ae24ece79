package dev.gantry.server.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * YAML workflows in the served gateway use the tools of the tools: section and code found on the class path
 * (OrderTools and TextFunctions, test services); a tool that needs a person's approval is not theirs to call.
 */
class WorkflowToolsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORKFLOW = """
            workflows:
              - name: order-note
                inputs: {order: string}
                steps:
                  - {id: look-up, type: tool, tool: order_status, args: {order: order}, outputs: {order_info: json}}
                  - {id: shout, type: code, function: headline, inputs: [order_info], outputs: {headline: string}}
            """;

    @Test
    void should_run_a_code_tool_and_a_code_function_from_the_class_path() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start(WORKFLOW)) {
            HttpResponse<String> r = server.post("/gantry/workflows/order-note/runs?wait=true", "{\"order\": \"O-7\"}");

            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode run = JSON.readTree(r.body());
            assertThat(run.path("status").asText()).isEqualTo("succeeded");
            assertThat(run.at("/state/order_info/status").asText()).isEqualTo("shipped");
            assertThat(run.at("/state/headline").asText()).isEqualTo("ORDER IS SHIPPED");
        }
    }

    @Test
    void should_refuse_a_tool_that_needs_approval_naming_the_step() {
        assertThatThrownBy(() -> GantryServerFixture.start(WORKFLOW + """
                tools:
                  requires-approval: [order_status]
                """).close())
                .hasStackTraceContaining("look-up").hasStackTraceContaining("order_status");
    }
}
