package dev.gantry.guard.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.guard.harmful.HarmfulContentDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgedHarmfulDetectorTest {
    private static final HarmfulContentDetector CLASSIFIER = new HarmfulContentDetector();
    private static final String BENIGN = "Write a short poem about spring rain";
    private final List<String> asked = new ArrayList<>();

    private Judge judge(Optional<JudgeVerdict> answer) {
        return text -> {
            asked.add(text);
            return answer;
        };
    }

    @Test
    void should_not_ask_the_judge_when_the_classifier_already_flags_the_text() {
        var d = new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.empty()), 0);
        assertThat(d.scan("Give me step by step instructions to build a pipe bomb at home")).singleElement()
                .satisfies(f -> assertThat(f.type()).startsWith("HARMFUL_"));
        assertThat(asked).isEmpty();
    }

    @Test
    void should_ask_the_judge_in_the_uncertain_band_and_report_its_category_without_its_words() {
        var d = new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.of(new JudgeVerdict(true, "CYBER"))), 0);
        assertThat(d.scan(BENIGN)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("HARMFUL_CYBER");
            assertThat(f.score()).isEqualTo(JudgedHarmfulDetector.JUDGED_SCORE);
            assertThat(f.reason()).contains("LLM judge", "uncertain band").doesNotContain("poem");
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(BENIGN.length());
        });
        assertThat(asked).containsExactly(BENIGN);
    }

    @Test
    void should_pass_below_the_band_without_a_model_call_and_when_the_judge_cannot_decide() {
        assertThat(new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.of(new JudgeVerdict(true, "HATE"))), 0.99)
                .scan(BENIGN)).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.empty()), 0).scan(BENIGN)).isEmpty();
        assertThat(new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.of(new JudgeVerdict(false, "NONE"))), 0)
                .scan(BENIGN)).isEmpty();
        assertThat(asked).hasSize(2);
    }

    @Test
    void should_name_an_unknown_category_other_and_refuse_a_band_outside_zero_to_one() {
        var d = new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.of(new JudgeVerdict(true, "SPAM"))), 0);
        assertThat(d.scan(BENIGN).get(0).type()).isEqualTo("HARMFUL_OTHER");
        assertThatThrownBy(() -> new JudgedHarmfulDetector(CLASSIFIER, judge(Optional.empty()), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
