package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartsTest {
    private static final String[] TOKENS = {"bob@example.com", "a.b-c+d%e_f@mail.example.co.uk", "x@y", "@", "@@",
            "user.@host.org", ".lead@host.org", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
            "123-45-6789", "123 45 6789", "123456789", "10.1.2.3", "300.1.1.1", "1.2.3.4.5", "v1.2.3.4", "::1",
            "2001:db8::8a2e:370:7334", "fe80::1%eth0", "::ffff:192.168.0.1", "a:b:c", "GB82 WEST 1234 5698 7654 32",
            "GB82WEST12345698765432", "DE89370400440532013000", "ab12 cd34", "12", "0", "9999", "x", "mail", "A",
            "é", "\u0661\u0662", ".", "-", "_", "%", "+", ":", "@", " ", "\n", "(", ")", ",", "/"};

    @Test
    void findsWhatRepeatedFindFindsForEachRecognizerPattern() {
        record Case(Pattern pattern, Starts.Test test) {}
        List<Case> cases = List.of(new Case(EmailRecognizer.EMAIL, EmailRecognizer::mayStart),
                new Case(CreditCardRecognizer.CARD, Starts.DIGIT_RUN), new Case(UsSsnRecognizer.GROUPED, Starts.DIGIT_RUN),
                new Case(UsSsnRecognizer.PLAIN, Starts.DIGIT_RUN), new Case(IpAddressRecognizer.IPV4, Starts.DIGIT_RUN),
                new Case(IpAddressRecognizer.IPV6_CANDIDATE, IpAddressRecognizer::mayStartIpv6));
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            String text = randomText(random);
            for (Case c : cases) {
                List<String> expected = new ArrayList<>();
                Matcher m = c.pattern().matcher(text);
                while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + m.group());
                List<String> actual = new ArrayList<>();
                Starts.forEach(c.pattern(), text, c.test(), r -> actual.add(r.start() + "-" + r.end() + ":" + r.group()));
                assertThat(actual).as("%s on %s", c.pattern(), text).isEqualTo(expected);
            }
        }
    }

    @Test
    void ibanSearchAgreesWithFindFromEveryIndex() {
        Random random = new Random(11);
        for (int n = 0; n < 1_000; n++) {
            String text = randomText(random);
            Matcher reference = IbanRecognizer.START.matcher(text);
            Matcher fast = IbanRecognizer.START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int from = 0; from < text.length(); from++) {
                boolean found = reference.find(from);
                assertThat(IbanRecognizer.find(fast, text, from)).as("%s from %d", text, from).isEqualTo(found);
                if (found) assertThat(fast.group()).isEqualTo(reference.group());
            }
        }
    }

    @Test
    void triesOnlyAcceptedStartsAndSkipsPastEachMatch() {
        List<String> found = new ArrayList<>();
        Starts.forEach(Pattern.compile("\\d{2}"), "12345", Starts.DIGIT_RUN, m -> found.add(m.group()));
        // Only the start of the digit run may start a match: a test that is not a superset changes the result.
        assertThat(found).containsExactly("12");
        found.clear();
        Starts.forEach(Pattern.compile("\\d{2}"), "12345", (text, i) -> true, m -> found.add(m.group()));
        assertThat(found).containsExactly("12", "34");
    }

    @Test
    void containsIgnoreCaseFindsAnyNeedleAnywhere() {
        assertThat(Starts.containsIgnoreCase("My API KEY", "token", "key")).isTrue();
        assertThat(Starts.containsIgnoreCase("Key", "key")).isTrue();
        assertThat(Starts.containsIgnoreCase("a ke", "key")).isFalse();
        assertThat(Starts.containsIgnoreCase("", "key")).isFalse();
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int t = random.nextInt(10) + 1; t > 0; t--) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            if (random.nextInt(3) > 0) sb.append(random.nextBoolean() ? " " : TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }
}
