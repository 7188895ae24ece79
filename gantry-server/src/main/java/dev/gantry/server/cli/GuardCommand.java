package dev.gantry.server.cli;

import picocli.CommandLine.Command;

/** `gantry guard ...`: guardrail tools. */
@Command(name = "guard", mixinStandardHelpOptions = true, description = "Guardrail tools: eval.",
        subcommands = GuardEvalCommand.class)
final class GuardCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
