package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime 1.29's telemetry start needs native stack in proportion to the process command line; a JVM started
 * with a long class path used to die with SIGSEGV on its first embedding. This starts such a JVM, without the
 * telemetry opt-out, and expects an answer.
 */
class LongCommandLineIT {
    /**
     * Needs tens of MiB of native stack (measured: 150 to 500 bytes per character), far beyond a default thread
     * stack, yet stays under Linux's 128 KiB limit for one argument.
     */
    private static final int PADDING_CHARS = 100 * 1024;

    @TempDir
    Path home;

    @Test
    void should_embed_in_a_jvm_with_a_long_command_line_and_telemetry_left_on() throws Exception {
        ProcessBuilder child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dgantry.test.padding=" + "x".repeat(PADDING_CHARS),
                "-cp", System.getProperty("java.class.path"),
                EmbedInFreshJvm.class.getName()))
                .redirectErrorStream(true);
        Map<String, String> env = child.environment();
        env.remove(OrtRuntime.TELEMETRY_OPT_OUT);
        // ONNX Runtime keeps its telemetry device id and event cache under $HOME/.cache: not in the real home.
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());

        Process process = child.start();
        String output = readAll(process);

        assertThat(process.exitValue()).as("child JVM output:%n%s", output).isZero();
        assertThat(output).contains("dimensions=384");
    }

    /** Reads until the child closes its output, which it does on exit. */
    private static String readAll(Process process) throws IOException, InterruptedException {
        try (InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text;
        }
    }
}
