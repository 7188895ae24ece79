package dev.gantry.knowledge.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.jobs.PermanentJobFailure;
import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.RawMessage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
    private static final List<RawMessage> BATCH = List.of(
            new RawMessage(11, "api", "ops", "a", "ana", "the arm64 build fails", T, T, "{}", false, true),
            new RawMessage(12, "api", "ops", "b", "joel", "pinning the base image by digest fixes it", T, T, "{}", false, true));
    private static final String GOOD = """
            {"topics": [{"name": "Builds", "summary": "arm64 builds"}],
             "atoms": [{"type": "solution", "topic": "Builds", "title": "Pin base images by digest", "body": "fixes arm64",
                        "source_ids": [11, 12]}]}""";

    /** A model that answers from a script and records the prompts it was sent. */
    private static final class ScriptedModel implements ExtractionModel {
        final Deque<String> answers;
        final List<String> prompts = new ArrayList<>();

        ScriptedModel(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String complete(String system, String user, dev.gantry.core.chat.ResponseFormat format) {
            prompts.add(user);
            return answers.removeFirst();
        }
    }

    @Test
    void should_list_the_batch_with_ids_and_read_topics_and_atoms() throws Exception {
        ScriptedModel model = new ScriptedModel(GOOD);
        Extraction e = new Extractor(model, 3).extract(BATCH);

        assertThat(model.prompts.getFirst()).contains("[11]").contains("ana: the arm64 build fails").contains("[12]");
        assertThat(e.topics()).containsExactly(new Extraction.ExtractedTopic("Builds", "arm64 builds"));
        assertThat(e.atoms()).containsExactly(new Extraction.ExtractedAtom(AtomType.SOLUTION, "Builds",
                "Pin base images by digest", "fixes arm64", List.of(11L, 12L)));
    }

    @Test
    void should_ask_again_naming_the_problem_when_an_answer_cites_a_message_outside_the_batch() throws Exception {
        ScriptedModel model = new ScriptedModel(GOOD.replace("[11, 12]", "[11, 99]"), "```json\n" + GOOD + "\n```");
        Extraction e = new Extractor(model, 3).extract(BATCH);

        assertThat(e.atoms()).hasSize(1);
        assertThat(model.prompts.get(1)).contains("99 is not the id of a message in this batch [11, 12]");
    }

    @Test
    void should_give_up_for_good_after_the_allowed_invalid_answers() {
        ScriptedModel model = new ScriptedModel("not json", "{\"topics\": []}", "{\"topics\": [], \"atoms\": [{\"type\": \"rumour\"}]}");

        assertThatThrownBy(() -> new Extractor(model, 3).extract(BATCH)).isInstanceOf(InvalidExtractionException.class)
                .isInstanceOf(PermanentJobFailure.class).hasMessageContaining("invalid 3 times")
                .hasMessageContaining("'rumour' is not one of").hasMessageContaining("messages stay stored");
        assertThat(model.prompts).hasSize(3);
    }
}
