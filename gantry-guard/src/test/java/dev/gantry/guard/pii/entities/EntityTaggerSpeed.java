package dev.gantry.guard.pii.entities;

import dev.gantry.guard.Detector;
import dev.gantry.guard.pii.EntityModelFile;
import dev.gantry.guard.pii.EntityModels;
import dev.gantry.guard.pii.EntitySentences;
import dev.gantry.guard.pii.EntityTokenizer;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import dev.gantry.testkit.SamplePrompts;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Per-call time and allocation of entity tagging on the guard benchmark's ~540-token text, an OpenNLP name finder
 * model (the tagger before this one, beam 3, as its recognizer ran it) against a tagger model file, in one JVM.
 * Args: opennlp-model.bin tagger-model.bin [calls].
 */
public final class EntityTaggerSpeed {
    public static void main(String[] args) throws Exception {
        String text = SamplePrompts.supportEmail(2_300);
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        System.out.printf("text: %d chars, %d tokens%n", text.length(), EntityTokenizer.tokenize(text).size());
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(Path.of(args[0])));
        Detector tagger;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            tagger = EntityModels.detector(EntityModelFile.read(in));
        }
        for (int round = 0; round < 2; round++) {
            measure("opennlp beam 3", () -> openNlp(finder, text), calls);
            measure("tagger viterbi", () -> tagger.scan(text), calls);
        }
    }

    /** What the recognizer did before: tokenize, cut sentences, find and score names, forget adaptive data. */
    private static Object openNlp(NameFinderME finder, String text) {
        List<Token> tokens = EntityTokenizer.tokenize(text);
        int found = 0;
        for (List<Token> sentence : EntitySentences.split(text, tokens)) {
            Span[] spans = finder.find(sentence.stream().map(Token::text).toArray(String[]::new));
            found += finder.probs(spans).length;
        }
        finder.clearAdaptiveData();
        return found;
    }

    private static void measure(String label, Supplier<Object> call, int calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < calls / 4; i++) call.get();
        long[] nanos = new long[calls];
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t0;
        }
        long bytes = (threads.getCurrentThreadAllocatedBytes() - bytes0) / calls;
        Arrays.sort(nanos);
        System.out.printf("%-15s p50 %7.3f ms  p99 %7.3f ms  mean %7.3f ms  %,d B/call%n", label,
                nanos[calls / 2] / 1e6, nanos[calls * 99 / 100] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6,
                bytes);
    }
}
