package dev.gantry.server.cli;

import picocli.CommandLine.Command;

/** `gantry batch ...`: provider batch jobs through a running server. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Provider batch jobs (OpenAI, Anthropic) through a running Gantry server: submit, status, results, cancel.",
        subcommands = {BatchCommands.Submit.class, BatchCommands.Status.class, BatchCommands.Results.class,
                BatchCommands.Cancel.class})
final class BatchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
