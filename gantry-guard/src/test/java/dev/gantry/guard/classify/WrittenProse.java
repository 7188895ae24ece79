package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary written prose, 2,400 passages written for training (scientific and medical abstracts, news and history, law
 * and finance, technical documents; e-mails, product text, personal writing, tool output, fiction): every sentence of
 * a long text is scored, and classifiers that had seen only requests read prose as harmful or as an attack (596 and
 * 357 of 1,500 SciFact abstracts flagged). Negatives for both guard trainers (decision 26).
 */
public final class WrittenProse {
    private static final List<String> RESOURCES = List.of("/guard/prose-formal.jsonl", "/guard/prose-everyday.jsonl");

    private WrittenProse() {
    }

    public static List<Exemplar> rows() {
        return everyNth(1);
    }

    /** One passage in {@code n} of each file, in file order. */
    public static List<Exemplar> everyNth(int n) {
        List<Exemplar> rows = new ArrayList<>();
        for (String resource : RESOURCES) {
            List<Exemplar> file = Exemplars.fromResource(resource);
            for (int i = 0; i < file.size(); i += n) rows.add(file.get(i));
        }
        return rows;
    }
}
