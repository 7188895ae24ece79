package dev.gantry.embed.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process-wide ONNX Runtime environment, created so that it cannot take the JVM down.
 *
 * <p>ONNX Runtime 1.29 starts Microsoft telemetry on Linux and macOS when the environment is created, unless the
 * process was started with {@code ORT_DISABLE_TELEMETRY=1}. That start matches regular expressions against the
 * process command line with a recursive matcher that needs hundreds of bytes of native stack per character: a JVM
 * with a long class path overflows a default 1 MiB thread stack and dies with SIGSEGV and no crash report. We
 * therefore create the environment on a short-lived thread whose stack is sized from the command line, then turn
 * telemetry events off. Only the environment variable stops the telemetry client entirely (device id and event
 * cache under ~/.cache/Microsoft), so its absence is logged once.
 */
final class OrtRuntime {
    static final String TELEMETRY_OPT_OUT = "ORT_DISABLE_TELEMETRY";

    private static final System.Logger LOG = System.getLogger(OrtRuntime.class.getName());
    private static final long MIN_STACK_BYTES = 16L << 20;
    private static final long MAX_STACK_BYTES = 1L << 30;
    /** Measured need: 150 to 500 bytes per command line byte, depending on the text; the rest is margin. */
    private static final long STACK_BYTES_PER_COMMAND_BYTE = 1024;

    private static volatile OrtEnvironment environment;

    private OrtRuntime() {
    }

    static OrtEnvironment environment() {
        OrtEnvironment created = environment;
        if (created != null) return created;
        synchronized (OrtRuntime.class) {
            if (environment == null) environment = createOnLargeStack();
            return environment;
        }
    }

    private static OrtEnvironment createOnLargeStack() {
        warnIfTelemetryIsOn();
        EnvironmentStart start = new EnvironmentStart();
        Thread starter = new Thread(null, start, "onnxruntime-start", stackBytes());
        starter.start();
        joinUninterruptibly(starter);
        if (start.failure != null) {
            throw new GantryException(ErrorKind.INTERNAL, "ONNX Runtime could not start on this machine; local"
                    + " embeddings are unavailable", start.failure);
        }
        return start.created;
    }

    private static final class EnvironmentStart implements Runnable {
        private OrtEnvironment created;
        private Throwable failure;

        @Override
        public void run() {
            try {
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                env.setTelemetry(false);
                created = env;
            } catch (OrtException | RuntimeException | LinkageError e) {
                failure = e;
            }
        }
    }

    static long stackBytes() {
        return Math.clamp(commandLineBytes() * STACK_BYTES_PER_COMMAND_BYTE, MIN_STACK_BYTES, MAX_STACK_BYTES);
    }

    /**
     * Exact on Linux. Elsewhere an estimate: ProcessHandle gives up on long command lines (it returns nothing past
     * 4 KiB on Linux), so the class path, usually the longest part, is added.
     */
    private static long commandLineBytes() {
        try {
            return Files.readAllBytes(Path.of("/proc/self/cmdline")).length;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().commandLine().map(String::length).orElse(0)
                    + System.getProperty("java.class.path", "").length();
        }
    }

    /** The environment must exist before anyone uses ONNX Runtime, so an interrupt is kept for later, not obeyed. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void warnIfTelemetryIsOn() {
        if (!"1".equals(System.getenv(TELEMETRY_OPT_OUT))) {
            LOG.log(System.Logger.Level.WARNING, "ONNX Runtime telemetry is enabled for this process: start it with "
                    + TELEMETRY_OPT_OUT + "=1 to turn it off completely (Gantry disables its events, but only the"
                    + " variable stops its client from starting)");
        }
    }
}
