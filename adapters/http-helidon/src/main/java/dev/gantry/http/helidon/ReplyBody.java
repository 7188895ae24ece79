package dev.gantry.http.helidon;

import io.helidon.common.buffers.DataReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body as the port promises it: failures are IOExceptions (Helidon throws unchecked ones, e.g. at an
 * early end of a chunked or sized body), and once the reply is closed a read fails instead of returning
 * data or a normal end, so a reader never mistakes an abort for a complete body. Closing it closes the reply.
 * A body without Content-Length or chunked coding ends when the server closes the connection, which Helidon
 * reports as missing data; for such a body that is its normal end.
 */
final class ReplyBody extends InputStream {
    private final InputStream in;
    private final boolean endsAtClose;
    private final String where;
    private final Runnable onEnd;
    private final Runnable onClose;
    private final byte[] one = new byte[1];
    private volatile boolean aborted;
    private boolean ended;

    /**
     * @param endsAtClose the body has neither a length nor chunks, so the connection's end is the body's end
     * @param onEnd       runs once, when the body has been read to its end
     * @param onClose     closes the reply (and so aborts an unfinished body)
     */
    ReplyBody(InputStream in, boolean endsAtClose, String where, Runnable onEnd, Runnable onClose) {
        this.in = in;
        this.endsAtClose = endsAtClose;
        this.where = where;
        this.onEnd = onEnd;
        this.onClose = onClose;
    }

    /** Called by the reply when it closes: reads from here on, and the one this interrupts, fail. */
    void abort() {
        aborted = true;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (ended) return -1;
        if (aborted) throw closed(null);
        if (len == 0) return 0;
        int n;
        try {
            n = in.read(b, off, len);
        } catch (DataReader.InsufficientDataAvailableException e) {
            if (aborted) throw closed(e);
            if (!endsAtClose) throw new IOException("the response body from " + where + " ended before it was complete", e);
            n = -1;
        } catch (IOException | RuntimeException e) {
            if (aborted) throw closed(e);
            throw new IOException("the response body from " + where + " broke off before it was complete", e);
        }
        if (n < 0) end();
        return n;
    }

    @Override
    public int available() throws IOException {
        if (ended || aborted) return 0;
        try {
            return in.available();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        onClose.run();
    }

    private void end() {
        ended = true;
        onEnd.run();
    }

    private IOException closed(Throwable cause) {
        return new IOException("the response from " + where + " was closed before its body was read to the end", cause);
    }
}
