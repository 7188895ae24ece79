package dev.gantry.server.cli;

import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.rag.collection.CollectionDescription;
import dev.gantry.rag.collection.CollectionSpec;
import dev.gantry.server.Gantry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry collections list|create|describe|delete`. */
@Command(name = "collections", mixinStandardHelpOptions = true, description = "Manage RAG collections.",
        subcommands = {CollectionsCommand.ListCollections.class, CollectionsCommand.Create.class,
                CollectionsCommand.Describe.class, CollectionsCommand.Delete.class})
final class CollectionsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static void print(CollectionDescription d) {
        CollectionInfo i = d.info();
        System.out.printf("%-24s %-32s %5d dims  %7d docs  %8d chunks  %10d bytes  chunk %d/%d tokens  fields: %s%n",
                i.name(), i.embeddingModel(), i.dimensions(), d.stats().documents(), d.stats().chunks(),
                d.stats().bytesOnDisk(), i.chunkTokens(), i.overlapTokens(),
                d.metadataFields().isEmpty() ? "-" : String.join(",", d.metadataFields().stream().sorted().toList()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List collections with their counts and sizes.")
    static final class ListCollections implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                var all = g.rag().collections().list();
                if (all.isEmpty()) System.out.println("no collections; create one with gantry ingest NAME PATH...");
                for (CollectionInfo c : all) print(g.rag().collections().describe(c.name()));
                return 0;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an empty collection.")
    static final class Create implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Parameters(index = "0") String name;
        @Option(names = "--embedding-model", description = "local/<id> or a gateway model (default: rag.embedding-model)") String model;
        @Option(names = "--chunk-tokens") Integer chunkTokens;
        @Option(names = "--overlap-tokens") Integer overlapTokens;

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                g.rag().collections().create(new CollectionSpec(name, model, chunkTokens, overlapTokens));
                print(g.rag().collections().describe(name));
                return 0;
            }
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Counts, size and model of a collection.")
    static final class Describe implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Parameters(index = "0") String name;

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                print(g.rag().collections().describe(name));
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a collection, its index and its jobs.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        EngineOptions engine = new EngineOptions();
        @Parameters(index = "0") String name;

        @Override
        public Integer call() {
            try (Gantry g = engine.open()) {
                g.rag().collections().get(name);
                g.rag().jobs().forgetCollection(name);
                g.rag().collections().delete(name);
                System.out.println("deleted collection '" + name + "'");
                return 0;
            }
        }
    }
}
