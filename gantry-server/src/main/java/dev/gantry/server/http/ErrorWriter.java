package dev.gantry.server.http;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.util.function.Function;

/**
 * Turns any failure into the client's dialect: GantryExceptions keep their safe message; anything else is
 * logged with the request id and answered with a generic message, so internal details never leak.
 */
final class ErrorWriter {
    private static final System.Logger LOG = System.getLogger("dev.gantry.server");

    private ErrorWriter() {
    }

    static GantryException safe(Throwable t, String requestId) {
        if (t instanceof GantryException g) {
            if (g.kind() == ErrorKind.INTERNAL) LOG.log(System.Logger.Level.ERROR, "request " + requestId + " failed", t);
            return g;
        }
        LOG.log(System.Logger.Level.ERROR, "request " + requestId + " failed", t);
        return new GantryException(ErrorKind.INTERNAL, "internal error in the gateway; the log has the details under request id "
                + requestId);
    }

    static void write(ServerResponse res, GantryException e, Function<GantryException, byte[]> dialect) {
        if (res.isSent()) return;
        if (e.retryAfter() != null) {
            res.header(HeaderNames.RETRY_AFTER, String.valueOf(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        int status = e.kind().httpStatus() == 499 ? 400 : e.kind().httpStatus();
        Exchange.json(res, status, dialect.apply(e));
    }
}
