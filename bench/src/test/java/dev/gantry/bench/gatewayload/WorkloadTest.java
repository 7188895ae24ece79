package dev.gantry.bench.gatewayload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static boolean answered(int status, String body, boolean stream) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return Workload.answered(status, b, b.length, stream);
    }

    @Test
    void should_accept_a_json_answer_only_when_it_is_a_200_with_the_echo() {
        String echo = "{\"choices\":[{\"message\":{\"content\":\"You said: hello\"}}]}";
        assertThat(answered(200, echo, false)).isTrue();
        assertThat(answered(500, echo, false)).isFalse();
        assertThat(answered(200, "{\"error\":{}}", false)).isFalse();
    }

    @Test
    void should_accept_a_stream_only_when_it_finishes_normally_and_ends_with_done() {
        String finish = "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
        assertThat(answered(200, finish + "data: [DONE]\n\n", true)).isTrue();
        assertThat(answered(200, finish, true)).as("cut before [DONE]").isFalse();
        assertThat(answered(200, "data: {\"error\":{}}\n\ndata: [DONE]\n\n", true)).as("no normal finish").isFalse();
    }

    @Test
    void should_send_the_bearer_only_when_given_one() {
        String withKey = new String(Workload.request(8080, "bench-0ms", true, "gk-x"), StandardCharsets.UTF_8);
        String without = new String(Workload.request(8080, "fake-model", false, null), StandardCharsets.UTF_8);
        assertThat(withKey).contains("Authorization: Bearer gk-x\r\n").contains("\"stream_options\":{\"include_usage\":true}");
        assertThat(without).doesNotContain("Authorization").doesNotContain("stream_options");
        int bodyStart = without.indexOf("\r\n\r\n") + 4;
        assertThat(without).contains("Content-Length: " + (without.length() - bodyStart) + "\r\n");
    }
}
