package dev.gantry.server.cli;

import picocli.CommandLine.Command;

/** `gantry cost ...`: spending reports from the ledger. */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Cost reports: report.",
        subcommands = CostReportCommand.class)
final class CostCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
