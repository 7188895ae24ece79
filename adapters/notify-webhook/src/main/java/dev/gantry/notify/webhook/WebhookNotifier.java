package dev.gantry.notify.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import dev.gantry.core.alert.Notifier;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Posts a notice as Slack's incoming-webhook JSON: {@code {"text": "..."}} for people, plus the structured fields
 * under {@code "gantry"}, which Slack ignores and other receivers can route on. The URL is a secret (a Slack
 * webhook URL is its own credential): failures name the webhook and the status, never the address.
 */
public final class WebhookNotifier implements Notifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String name;
    private final URI url;
    private final HttpTransport transport;
    private final Duration timeout;

    /** @param timeout for connecting and again for the answer */
    public WebhookNotifier(String name, URI url, HttpTransport transport, Duration timeout) {
        this.name = name;
        this.url = url;
        this.transport = transport;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void send(AlertEvent event) {
        HttpCall call = HttpCall.postJson(url, Map.of(), body(event), timeout, timeout);
        int status;
        try (HttpReply reply = transport.send(call)) {
            status = reply.status();
        } catch (GantryException e) {
            // the transport's message may quote the address; keep only what kind of failure it was
            throw new WebhookException("webhook '" + name + "' could not be reached (" + e.kind().code() + ")");
        } catch (RuntimeException e) {
            throw new WebhookException("webhook '" + name + "' failed (" + e.getClass().getSimpleName() + ")");
        }
        if (status < 200 || status > 299) throw new WebhookException("webhook '" + name + "' answered HTTP " + status);
    }

    static byte[] body(AlertEvent e) {
        ObjectNode root = JSON.createObjectNode().put("text", text(e));
        ObjectNode g = root.putObject("gantry");
        g.put("rule", e.rule()).put("kind", e.kind()).put("subject", e.subject()).put("state", e.state().code())
                .put("at", e.at().toString()).put("value", e.value()).put("threshold", e.threshold()).put("message", e.message());
        if (e.level() > 0) g.put("level", e.level());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("an alert notice could not be written as JSON", ex);
        }
    }

    /** One line people read in the channel: ":rotating_light: [FIRING] chat-errors: 12.5% of ...". */
    static String text(AlertEvent e) {
        String icon = e.state() == AlertState.FIRING ? ":rotating_light:" : ":white_check_mark:";
        return icon + " [" + e.state().name() + "] " + e.rule() + ": " + e.message();
    }

    /** A delivery failure whose message holds no address or secret. */
    static final class WebhookException extends RuntimeException {
        WebhookException(String message) {
            super(message, null, false, false);
        }
    }
}
