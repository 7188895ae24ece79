package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRecognizerTest {
    private final IpAddressRecognizer recognizer = new IpAddressRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.1", "0.0.0.0", "255.255.255.255", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "2001:db8::8a2e:370:7334", "fe80::1", "::1", "2001:db8::", "::ffff:192.0.2.128",
            "6e40:4041:c617:e898:c11:40d2:c669:2eb4"})
    void findsIpv4AndIpv6WithExactOffsets(String ip) {
        String text = "host " + ip + ", blocked";
        List<Finding> found = recognizer.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(5);
            assertThat(f.end()).isEqualTo(5 + ip.length());
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void findsAddressBetweenPipesAndAtSentenceEnd() {
        String text = "ip=|10.0.0.7| and then 172.16.254.1.";
        assertThat(values(text, recognizer.find(text))).containsExactly("10.0.0.7", "172.16.254.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "v1.2.3.4", "version 10.2.0.1",
            "192.168.1", "12:30:45", "1:2:3:4:5:6:7:8:9", "2001:db8::1::2", "12345::1", "std::vector",
            "2001:db8:::1", "A : B :: C : D"})
    void rejectsOutOfRangeOctetsVersionsTimesAndMalformedIpv6(String notAnIp) {
        assertThat(recognizer.find("value " + notAnIp + " here")).isEmpty();
    }
}
