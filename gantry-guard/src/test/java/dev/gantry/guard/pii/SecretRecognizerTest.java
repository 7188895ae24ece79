package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRecognizerTest {
    // Assembled from parts so that the fake credentials do not trip secret scanners on the repository.
    private static final String ALNUM_36 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0"
            + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    private final SecretRecognizer recognizer = new SecretRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"sk-" + "proj-" + ALNUM_36, "sk-" + "ant-api03-" + ALNUM_36, "sk-" + ALNUM_36,
            "ghp" + "_" + ALNUM_36, "gho" + "_" + ALNUM_36, "ghs" + "_" + ALNUM_36, "github" + "_pat_" + ALNUM_36,
            "xoxb" + "-1234567890-abcdefghij", "xoxp" + "-1234567890-abcdefghij", "AKIA" + "IOSFODNN7EXAMPLE",
            "ASIA" + "Y34FZKBOKMUTVV7A", "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "glpat" + "-" + "x1Y2z3W4v5U6t7S8r9Q0",
            JWT})
    void findsKnownCredentialFormatsWithExactOffsets(String secret) {
        String text = "config: " + secret + " end";
        List<Finding> found = recognizer.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(8);
            assertThat(f.end()).isEqualTo(8 + secret.length());
            assertThat(f.score()).isGreaterThanOrEqualTo(0.95);
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void findsWholePemPrivateKeyBlock() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq0\nAbCdEf==\n-----END RSA PRIVATE KEY-----";
        String text = "key file:\n" + pem + "\nthanks";
        assertThat(values(text, recognizer.find(text))).containsExactly(pem);
    }

    @Test
    void findsHighEntropyTokenAfterACredentialKeyword() {
        String text = "my api_key=\"Zx81Qm0pLr7Tq2Ws9Vb4\" please";
        List<Finding> found = recognizer.find(text);

        assertThat(values(text, found)).containsExactly("Zx81Qm0pLr7Tq2Ws9Vb4");
        assertThat(found.getFirst().score()).isLessThan(0.95);
        assertReasonsHideValues(text, found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization: Bearer 9fQk2LmX7pRt4VzA1cYe", "client_secret: a8f5f167f44f4964e6c998dee827110c",
            "PASSWORD=Tr0ub4dor&3xK9mQ2z"})
    void cuedTokensInCommonConfigShapes(String text) {
        assertThat(recognizer.find(text)).singleElement()
                .satisfies(f -> assertThat(text.substring(f.end())).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"the password is internationalization", "token: aaaa1111aaaa1111aaaa",
            "secret sauce recipe for everyone", "key: abc123", "a skeleton-key-for-everything-here",
            "sk-learn is a library", "ghp_short", "AKIA1234", "ordinary words like incomprehensibilities"})
    void ignoresOrdinaryWordsLowEntropyAndShortCandidates(String text) {
        assertThat(recognizer.find(text)).isEmpty();
    }

    @Test
    void entropyOfUniformAndRepeatedStrings() {
        assertThat(Entropy.shannon("aaaa")).isZero();
        assertThat(Entropy.shannon("abcd")).isEqualTo(2.0);
        assertThat(Entropy.shannon("")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_key", "API-KEY", "apikey", "access_key", "AccessKey", "secret", "SECRET_KEY",
            "client-secret", "access_token", "Auth-Token", "bearer_token", "refresh_token", "_token", "Token", "bearer",
            "password", "Passwd", "pwd", "pass", "KEY"})
    void everyCredentialKeywordPassesThePrefilter(String keyword) {
        String text = "the " + keyword + ": Zx81Qm0pLr7Tq2Ws9Vb4 here";
        assertThat(Starts.containsIgnoreCase(text, SecretRecognizer.CUE_WORDS)).isTrue();
        assertThat(values(text, recognizer.find(text))).containsExactly("Zx81Qm0pLr7Tq2Ws9Vb4");
    }

    @Test
    void everyKnownFormatStartsWithOneOfItsPrefixes() {
        // Each rule's pattern, run over text without its prefixes, must find nothing: the prefilter may skip it.
        String[] bodies = {"sk-ant-", "sk-proj-", "sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xoxa-",
                "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "AKIA", "ASIA", "AIza", "glpat-"};
        for (SecretRule rule : SecretRecognizer.KNOWN) {
            for (String body : bodies) {
                String text = "x " + body + ALNUM_36 + "1Ab_-" + ALNUM_36 + " y";
                boolean matches = rule.pattern().matcher(text).find();
                assertThat(!matches || rule.mayOccurIn(text)).as("%s on %s", rule.name(), body).isTrue();
            }
        }
        assertThat(SecretRecognizer.KNOWN).allSatisfy(rule -> assertThat(rule.prefixes()).isNotEmpty());
    }
}
