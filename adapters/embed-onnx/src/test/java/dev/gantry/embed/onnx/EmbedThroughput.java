package dev.gantry.embed.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the local models on real passages (not a test: it asserts nothing and times everything). Embeds the
 * first N documents of the SciFact corpus (title + " " + text) per model, with requests of 1, 8 and 32 texts, and
 * prints texts/s, tokens/s (tokens the model processed, truncation applied), process CPU time per text (steadier than
 * wall time on a shared machine), process RSS now and at its peak, and how far batched vectors drift from one-by-one
 * vectors (lowest and mean cosine).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *     dev.gantry.embed.onnx.EmbedThroughput [--corpus=PATH] [--docs=1000] [--threads=N] [model ids...]
 * </pre>
 * Run one model per JVM for a clean peak RSS.
 */
public final class EmbedThroughput {
    private static final int[] BATCH_SIZES = {1, 8, 32};
    private static final int WARM_UP_TEXTS = 64;

    private EmbedThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("/work/shared/data/scifact/corpus.jsonl");
        int docs = 1000;
        OnnxEmbeddingOptions options = OnnxEmbeddingOptions.defaults();
        List<String> modelIds = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--corpus=")) corpus = Path.of(arg.substring(9));
            else if (arg.startsWith("--docs=")) docs = Integer.parseInt(arg.substring(7));
            else if (arg.startsWith("--threads=")) options = options.withIntraOpThreads(Integer.parseInt(arg.substring(10)));
            else modelIds.add(arg);
        }
        if (modelIds.isEmpty()) modelIds = LocalEmbeddingModels.ids();
        List<String> texts = readCorpus(corpus, docs);
        System.out.printf(Locale.ROOT, "%d texts, %d intra-op threads, %d cores, RSS before models %s%n",
                texts.size(), options.intraOpThreads(), Runtime.getRuntime().availableProcessors(), rss());
        System.out.println("| model | batch | texts/s | tokens/s | CPU ms/text | tokens/text | min cos vs batch 1"
                + " | mean cos vs batch 1 | RSS | peak RSS |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String id : modelIds) {
            measure(id, texts, options);
        }
    }

    private static void measure(String modelId, List<String> texts, OnnxEmbeddingOptions options) {
        try (OnnxEmbeddingModel model = new OnnxEmbeddingModel(options)) {
            model.preload(modelId);
            run(model, modelId, texts.subList(0, Math.min(WARM_UP_TEXTS, texts.size())), 32);
            List<float[]> oneByOne = null;
            for (int batchSize : BATCH_SIZES) {
                long started = System.nanoTime();
                long cpuStarted = processCpuNanos();
                Run run = run(model, modelId, texts, batchSize);
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuMsPerText = (processCpuNanos() - cpuStarted) / 1e6 / texts.size();
                if (oneByOne == null) oneByOne = run.vectors();
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.1f | %s | %s | %s | %s |%n", modelId,
                        batchSize, texts.size() / seconds, run.tokens() / seconds, cpuMsPerText,
                        (double) run.tokens() / texts.size(),
                        agreement(oneByOne, run.vectors(), true), agreement(oneByOne, run.vectors(), false), rss(),
                        peakRss());
            }
        }
    }

    private record Run(List<float[]> vectors, long tokens) {
    }

    private static Run run(OnnxEmbeddingModel model, String modelId, List<String> texts, int batchSize) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        long tokens = 0;
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<String> batch = texts.subList(from, Math.min(from + batchSize, texts.size()));
            EmbeddingResponse response = model.embed(new EmbeddingRequest(modelId, batch, null, null, null, null),
                    CallOptions.DEFAULT);
            vectors.addAll(response.vectors());
            tokens += response.usage().inputTokens();
        }
        return new Run(vectors, tokens);
    }

    private static String agreement(List<float[]> reference, List<float[]> vectors, boolean lowest) {
        double min = 1;
        double sum = 0;
        for (int i = 0; i < vectors.size(); i++) {
            double cosine = Cosine.of(reference.get(i), vectors.get(i));
            min = Math.min(min, cosine);
            sum += cosine;
        }
        return String.format(Locale.ROOT, "%.4f", lowest ? min : sum / vectors.size());
    }

    private static List<String> readCorpus(Path corpus, int docs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>(docs);
        try (BufferedReader lines = Files.newBufferedReader(corpus)) {
            String line;
            while (texts.size() < docs && (line = lines.readLine()) != null) {
                JsonNode doc = json.readTree(line);
                texts.add(doc.path("title").asText() + " " + doc.path("text").asText());
            }
        }
        return texts;
    }

    /** CPU time of the whole process, all threads: less disturbed than wall time when others share the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String rss() {
        return procStatus("VmRSS:");
    }

    private static String peakRss() {
        return procStatus("VmHWM:");
    }

    /** Linux only: the figure from /proc/self/status in MiB. */
    private static String procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    long kib = Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                    return (kib / 1024) + " MiB";
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }
}
