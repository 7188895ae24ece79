package dev.gantry.rerank.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RerankErrorsTest {

    @Test
    void statusesMapToTheGatewaysKinds() {
        assertThat(RerankErrors.kindFor(400)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(RerankErrors.kindFor(413)).isEqualTo(ErrorKind.PAYLOAD_TOO_LARGE);
        assertThat(RerankErrors.kindFor(418)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(RerankErrors.kindFor(424)).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(RerankErrors.kindFor(503)).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
        assertThat(RerankErrors.kindFor(502)).isEqualTo(ErrorKind.UPSTREAM_ERROR);
    }

    @Test
    void readsTheMessageOfEachServersErrorShape() {
        assertThat(message("{\"error\": {\"message\": \"model not found\", \"type\": \"x\"}}")).endsWith(": model not found");
        assertThat(message("{\"object\": \"error\", \"message\": \"too many documents\", \"code\": 400}"))
                .endsWith(": too many documents");
        assertThat(message("{\"detail\": \"Not authenticated\"}")).endsWith(": Not authenticated");
        assertThat(message("")).endsWith("answered 400 with no error message");
    }

    @Test
    void masksKeysFoldsWhiteSpaceAndTrims() {
        assertThat(RerankErrors.clean("bad key sk-live-1234567\n\n  and Bearer abcdefghijkl"))
                .isEqualTo("bad key sk-*** and Bearer ***");
        assertThat(RerankErrors.clean("x".repeat(1000))).hasSize(301);
    }

    @Test
    void retryAfterInSecondsIsKept() {
        ProviderException e = RerankErrors.status("h:1", 429, new byte[0], "7");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(RerankErrors.status("h:1", 429, new byte[0], "Wed, 21 Oct 2026 07:28:00 GMT").retryAfter()).isNull();
    }

    private static String message(String body) {
        return RerankErrors.status("h:1", 400, body.getBytes(StandardCharsets.UTF_8), null).getMessage();
    }
}
