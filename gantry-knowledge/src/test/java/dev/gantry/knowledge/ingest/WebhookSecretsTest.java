package dev.gantry.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.ofEpochSecond(1_531_420_618);
    private static final byte[] BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url="
            + "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);

    @Test
    void should_accept_slacks_documented_example_signature() {
        // the worked example of Slack's "Verifying requests from Slack" page: same secret, timestamp and body
        String expected = "v0=" + "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        assertThatCode(() -> WebhookSecrets.checkSlack(SECRET, "1531420618", BODY, expected, NOW)).doesNotThrowAnyException();
    }

    @Test
    void should_refuse_a_wrong_signature_a_changed_body_and_an_old_timestamp() {
        String good = WebhookSecrets.slackSignature(SECRET, NOW.getEpochSecond(), BODY);
        assertThatThrownBy(() -> WebhookSecrets.checkSlack("other", String.valueOf(NOW.getEpochSecond()), BODY, good, NOW))
                .isInstanceOf(GantryException.class).hasMessageContaining("does not match")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((GantryException) e).kind()).isEqualTo(ErrorKind.AUTHENTICATION));
        assertThatThrownBy(() -> WebhookSecrets.checkSlack(SECRET, String.valueOf(NOW.getEpochSecond()), "x".getBytes(), good, NOW))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> WebhookSecrets.checkSlack(SECRET, String.valueOf(NOW.getEpochSecond()), BODY, good,
                NOW.plusSeconds(301))).hasMessageContaining("outside the 5-minute window");
        assertThatThrownBy(() -> WebhookSecrets.checkSlack(SECRET, "yesterday", BODY, good, NOW)).hasMessageContaining("epoch seconds");
        assertThatThrownBy(() -> WebhookSecrets.checkSlack(SECRET, null, BODY, good, NOW)).hasMessageContaining("missing");
    }

    @Test
    void should_check_telegrams_secret_token_without_echoing_it() {
        assertThatCode(() -> WebhookSecrets.checkTelegram("s3cret-token", "s3cret-token")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookSecrets.checkTelegram("s3cret-token", "guess"))
                .hasMessageContaining("does not match").hasMessageNotContaining("s3cret").hasMessageNotContaining("guess");
        assertThatThrownBy(() -> WebhookSecrets.checkTelegram("s3cret-token", null)).hasMessageContaining("missing");
    }
}
