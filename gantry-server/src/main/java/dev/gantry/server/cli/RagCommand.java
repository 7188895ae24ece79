package dev.gantry.server.cli;

import picocli.CommandLine.Command;

/** `gantry rag ...`: RAG tools beyond ingest, search and ask. */
@Command(name = "rag", mixinStandardHelpOptions = true, description = "RAG tools: eval.", subcommands = RagEvalCommand.class)
final class RagCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
