package dev.gantry.guard.pii.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.guard.eval.LabeledText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The held-out check for the entity model: {@link HeldOutTemplates} filled from
 * {@link SyntheticEntitySentences#HELD_OUT_LOCALES}, neither used in training. Writes it in Presidio's JSON format,
 * so the CLI scores it like the dev set ({@code ./gantry guard eval --detector pii --data FILE}):
 * <pre>java -cp "gantry-guard/target/test-classes:gantry-guard/target/classes:$(cat /tmp/guard-cp.txt)" \
 *   dev.gantry.guard.pii.entities.HeldOutEntitySet /tmp/entities-held-out.json</pre>
 */
public final class HeldOutEntitySet {
    static final long SEED = 777L;
    static final int SENTENCES = 3_000;

    public static void main(String[] args) throws IOException {
        List<Map<String, Object>> rows = generate().stream().map(HeldOutEntitySet::presidioRow).toList();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), rows);
        System.out.println("wrote " + rows.size() + " texts to " + args[0]);
    }

    static List<LabeledText> generate() {
        return new SyntheticEntitySentences(SEED, SyntheticEntitySentences.HELD_OUT_LOCALES)
                .generate(SENTENCES, HeldOutTemplates.WITH_ENTITIES, HeldOutTemplates.WITHOUT_ENTITIES, 0.25);
    }

    private static Map<String, Object> presidioRow(LabeledText text) {
        List<Map<String, Object>> spans = text.spans().stream().map(s -> Map.<String, Object>of(
                "entity_type", s.type(), "entity_value", text.text().substring(s.start(), s.end()),
                "start_position", s.start(), "end_position", s.end())).toList();
        return Map.of("full_text", text.text(), "spans", spans);
    }
}
