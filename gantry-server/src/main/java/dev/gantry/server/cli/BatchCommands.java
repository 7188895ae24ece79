package dev.gantry.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The `gantry batch` subcommands. They talk to a running server over HTTP (not to the data directory): the server
 * holds the provider adapters and the poller that settles batches, and its virtual keys decide who sees which batch.
 */
final class BatchCommands {
    private BatchCommands() {
    }

    /** Where the server is and which key to use. */
    abstract static class Remote implements Callable<Integer> {
        @Option(names = "--url", defaultValue = "${env:GANTRY_URL:-http://127.0.0.1:8080}",
                description = "the Gantry server (default $GANTRY_URL or http://127.0.0.1:8080)")
        String url;

        @Option(names = "--key", defaultValue = "${env:GANTRY_API_KEY}",
                description = "virtual key (default $GANTRY_API_KEY); not needed while the server has no keys")
        String key;

        @Spec
        CommandSpec spec;

        abstract HttpRequest.Builder request(String base) throws IOException;

        @Override
        public Integer call() throws Exception {
            String base = url.replaceAll("/+$", "");
            HttpRequest.Builder b = request(base).timeout(Duration.ofMinutes(5));
            if (key != null && !key.isBlank()) b.header("Authorization", "Bearer " + key);
            HttpResponse<String> r;
            try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                spec.commandLine().getErr().println("cannot reach a Gantry server at " + base + "; start one with "
                        + "`gantry serve` or pass --url");
                return 2;
            }
            var out = r.statusCode() / 100 == 2 ? spec.commandLine().getOut() : spec.commandLine().getErr();
            out.print(r.body().endsWith("\n") ? r.body() : r.body() + "\n");
            out.flush();
            return r.statusCode() / 100 == 2 ? 0 : 1;
        }

        static String id(String id) {
            return URLEncoder.encode(id, StandardCharsets.UTF_8);
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Submit a JSONL file of {\"custom_id\", \"body\": <chat completion request>} lines (OpenAI's "
                    + "batch input format) as one batch against a model alias; prints the batch.")
    static final class Submit extends Remote {
        @Parameters(index = "0", description = "the JSONL file")
        Path file;

        @Option(names = "--model", required = true, description = "the model alias every request runs on")
        String model;

        @Option(names = "--feature", description = "tag for cost per feature (x-gantry-feature)")
        String feature;

        @Override
        HttpRequest.Builder request(String base) throws IOException {
            if (!Files.isRegularFile(file)) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "file '" + file + "' does not exist or is not a file");
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/gantry/batches?model="
                            + URLEncoder.encode(model, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/jsonl").POST(HttpRequest.BodyPublishers.ofFile(file));
            if (feature != null) b.header("x-gantry-feature", feature);
            return b;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Print a batch's state and counts.")
    static final class Status extends Remote {
        @Parameters(index = "0", description = "the batch id (gb_...)")
        String batchId;

        @Override
        HttpRequest.Builder request(String base) {
            return HttpRequest.newBuilder(URI.create(base + "/gantry/batches/" + id(batchId))).GET();
        }
    }

    @Command(name = "results", mixinStandardHelpOptions = true,
            description = "Print an ended batch's results as JSONL: {\"custom_id\", \"response\": {\"status_code\", "
                    + "\"body\"}, \"error\"} per request.")
    static final class Results extends Remote {
        @Parameters(index = "0", description = "the batch id (gb_...)")
        String batchId;

        @Override
        HttpRequest.Builder request(String base) {
            return HttpRequest.newBuilder(URI.create(base + "/gantry/batches/" + id(batchId) + "/results")).GET();
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Ask the provider to cancel a batch.")
    static final class Cancel extends Remote {
        @Parameters(index = "0", description = "the batch id (gb_...)")
        String batchId;

        @Override
        HttpRequest.Builder request(String base) {
            return HttpRequest.newBuilder(URI.create(base + "/gantry/batches/" + id(batchId) + "/cancel"))
                    .POST(HttpRequest.BodyPublishers.noBody());
        }
    }
}
