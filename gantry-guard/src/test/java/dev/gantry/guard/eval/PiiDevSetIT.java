package dev.gantry.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.guard.pii.PiiTypes;
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
    void structuredTypesReachF1OfPointNinetyFiveAndEntitiesKeepTheirMeasuredF1() {
        Optional<Path> data = findDevSet();
        assumeTrue(data.isPresent(), "shared/data/pii/pii-dev.json not found above the working directory");

        PiiEvaluation eval = PiiEvaluator.evaluate(data.get(), new PiiDetector(PiiTypes.ALL));
        System.out.println(eval.markdown());

        for (String type : STRUCTURED) {
            TypeScore score = eval.score(type).orElseThrow();
            assertThat(score.gold()).as("%s gold spans", type).isPositive();
            assertThat(score.f1()).as("%s F1", type).isGreaterThanOrEqualTo(0.95);
        }
        // The shipped entity model, trained on this file's contexts with other values (decision 12), measured
        // 2026-12-07: PERSON 0.965, LOCATION (gold GPE) 0.918, ORGANIZATION 0.776. Floors a little under, so a worse
        // model fails; held-out figures come from EntityCrossValidation (docs/benchmarks.md), not from here.
        assertThat(eval.score("PERSON").orElseThrow().f1()).as("PERSON F1").isGreaterThanOrEqualTo(0.94);
        assertThat(eval.score("LOCATION").orElseThrow().f1()).as("LOCATION F1").isGreaterThanOrEqualTo(0.89);
        assertThat(eval.score("ORGANIZATION").orElseThrow().f1()).as("ORGANIZATION F1").isGreaterThanOrEqualTo(0.75);
        // The address grammar was written against this file (measured 0.958); AddressHeldOutTest has unseen sets.
        assertThat(eval.score("STREET_ADDRESS").orElseThrow().f1()).as("STREET_ADDRESS F1").isGreaterThanOrEqualTo(0.93);
    }

    private static Optional<Path> findDevSet() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/pii/pii-dev.json");
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
