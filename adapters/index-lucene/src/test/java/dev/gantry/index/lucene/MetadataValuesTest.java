package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataValuesTest {
    @Test
    void should_index_plain_decimal_numbers_as_numbers() {
        assertThat(MetadataValues.asNumber("2020")).isEqualTo(2020.0);
        assertThat(MetadataValues.asNumber("-0.5")).isEqualTo(-0.5);
        assertThat(MetadataValues.asNumber(".5")).isEqualTo(0.5);
        assertThat(MetadataValues.asNumber("1e3")).isEqualTo(1000.0);
    }

    @Test
    void should_leave_everything_else_as_text() {
        for (String text : new String[] {"NaN", "Infinity", "0x10", "1d", "1,5", " 1", "2024-01-01", "", "1e999"}) {
            assertThat(MetadataValues.asNumber(text)).as(text).isNull();
        }
    }

    @Test
    void should_round_trip_metadata_through_json() {
        Map<String, String> metadata = Map.of("lang", "en", "quote", "say \"hi\"\n", "unicode", "ünï");

        assertThat(MetadataValues.fromJson(MetadataValues.toJson(metadata))).isEqualTo(metadata);
        assertThat(MetadataValues.fromJson(MetadataValues.toJson(Map.of()))).isEmpty();
    }
}
