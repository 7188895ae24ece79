package dev.gantry.guard.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the JSON format of Presidio's evaluator: an array of {@code {full_text, spans: [{entity_type, entity_value,
 * start_position, end_position}]}}; other fields ({@code masked}, {@code template_id}...) are ignored.
 */
public final class PresidioDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PresidioDataset() {}

    public static List<LabeledText> read(Path file) {
        List<Sample> samples;
        try {
            samples = JSON.readValue(file.toFile(), new TypeReference<>() {});
        } catch (IOException e) {
            throw GantryException.invalid("data", "cannot read Presidio evaluation data from " + file
                    + ": expected a JSON array of {full_text, spans[]} objects (" + e.getClass().getSimpleName() + ")");
        }
        return samples.stream().map(Sample::toLabeledText).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Sample(@JsonProperty("full_text") String fullText, @JsonProperty("spans") List<Span> spans) {
        LabeledText toLabeledText() {
            List<GoldSpan> gold = spans == null ? List.of() : spans.stream().map(Span::toGoldSpan).toList();
            return new LabeledText(fullText == null ? "" : fullText, gold);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Span(@JsonProperty("entity_type") String entityType,
                        @JsonProperty("start_position") int start,
                        @JsonProperty("end_position") int end) {
        GoldSpan toGoldSpan() {
            return new GoldSpan(entityType, start, end);
        }
    }
}
