package dev.gantry.server.cli;

import dev.gantry.embed.onnx.OnnxEmbeddingModel;
import dev.gantry.guard.Detector;
import dev.gantry.guard.classify.BinaryEvaluation;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PiiEvaluator;
import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.guard.pii.PiiTypes;
import dev.gantry.server.guard.GuardWiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `gantry guard eval`: a detector's quality on labelled data. injection/harmful: JSONL ({@code text},
 * {@code label} 1/0), several files pooled (e.g. harmful requests plus ordinary instructions); pii: the Presidio
 * JSON format, span-level scores per entity type.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Precision, recall, F1 and false-positive rate of a detector on labelled data.")
final class GuardEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--detector", required = true, description = "pii, injection or harmful")
    String detector;

    @Option(names = "--data", required = true, split = ",",
            description = "injection/harmful: JSONL files (text, label), pooled; pii: a Presidio-format JSON file")
    List<Path> data;

    @Option(names = "--embedding",
            description = "harmful only: with the embedding layer (guards.harmful-embedding), as a server configured so scores")
    boolean embedding;

    @Option(names = "--match", defaultValue = "IOU_HALF",
            description = "pii only: IOU_HALF (same type, overlap >= 50 %%, default) or EXACT spans")
    MatchRule match;

    @Override
    public Integer call() throws IOException {
        for (Path p : data) {
            if (!Files.isRegularFile(p)) {
                err().println("gantry: no data file at " + p.toAbsolutePath() + "; pass --data FILE[,FILE...]");
                return 2;
            }
        }
        if (embedding && !detector.equals("harmful")) {
            err().println("gantry: --embedding is a layer of the harmful detector only; drop it or use --detector harmful");
            return 2;
        }
        if (embedding) {
            try (OnnxEmbeddingModel onnx = new OnnxEmbeddingModel()) {
                return binary(GuardWiring.detectorWithEmbeddings(detector, onnx));
            }
        }
        Detector d;
        try {
            // pii: every type it can find, the opt-in entity model included, so each is scored
            d = detector.equals("pii") ? new PiiDetector(PiiTypes.ALL) : GuardWiring.detector(detector);
        } catch (IllegalArgumentException e) {
            err().println("gantry: " + e.getMessage());
            return 2;
        }
        return detector.equals("pii") ? pii(d) : binary(d);
    }

    private int pii(Detector d) {
        if (data.size() != 1) {
            err().println("gantry: --detector pii takes one Presidio-format JSON file");
            return 2;
        }
        long t0 = System.nanoTime();
        var report = PiiEvaluator.evaluate(data.getFirst(), d, match);
        out().println(report.markdown());
        out().printf(Locale.ROOT, "%n%d documents in %.1f s%n", report.documents(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private int binary(Detector d) throws IOException {
        List<Exemplar> all = new ArrayList<>();
        for (Path p : data) all.addAll(Exemplars.fromFile(p));
        long t0 = System.nanoTime();
        BinaryEvaluation e = BinaryEvaluation.of(all, text -> !d.scan(text).isEmpty());
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, all.size());
        out().printf(Locale.ROOT, "detector %s on %d texts (%d positive, %d negative)%n", detector, all.size(),
                e.truePositives() + e.falseNegatives(), e.trueNegatives() + e.falsePositives());
        out().printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  false-positive rate %.4f%n",
                e.precision(), e.recall(), e.f1(), e.falsePositiveRate());
        out().printf(Locale.ROOT, "TP %d  FP %d  TN %d  FN %d  (%.2f ms per text)%n", e.truePositives(),
                e.falsePositives(), e.trueNegatives(), e.falseNegatives(), ms);
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
