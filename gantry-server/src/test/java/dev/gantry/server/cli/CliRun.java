package dev.gantry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the `gantry` command line in process, as a test would type it. */
public final class CliRun {
    private CliRun() {
    }

    /** Runs {@code args}, asserts exit code 0 (showing stderr otherwise) and returns what it printed. */
    public static String ok(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Main()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }
}
