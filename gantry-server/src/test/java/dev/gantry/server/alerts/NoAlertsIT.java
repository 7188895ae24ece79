package dev.gantry.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.GantryServerFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class NoAlertsIT {
    @Test
    void should_answer_404_in_the_openai_shape_when_no_alerts_are_configured() throws Exception {
        try (GantryServerFixture server = GantryServerFixture.start("")) {
            HttpResponse<String> r = server.get("/gantry/alerts");

            assertThat(r.statusCode()).isEqualTo(404);
            JsonNode error = new ObjectMapper().readTree(r.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("not_found_error");
            assertThat(error.path("message").asText()).contains("no alerts are configured", "alerts:");
        }
    }
}
