package dev.gantry.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.pii.PiiDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PII detector on the shared Presidio-format development set (not part of the repository). */
class PiiDevSetIT {
    private static final List<String> STRUCTURED =
            List.of("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "PHONE_NUMBER");

    @Test
    void structuredTypesReachF1OfPointNinetyFive() {
        Optional<Path> data = findDevSet();
        assumeTrue(data.isPresent(), "shared/data/pii/pii-dev.json not found above the working directory");

        PiiEvaluation eval = PiiEvaluator.evaluate(data.get(), new PiiDetector());
        System.out.println(eval.markdown());

        for (String type : STRUCTURED) {
            TypeScore score = eval.score(type).orElseThrow();
            assertThat(score.gold()).as("%s gold spans", type).isPositive();
            assertThat(score.f1()).as("%s F1", type).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static Optional<Path> findDevSet() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/pii/pii-dev.json");
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
