package dev.gantry.alerts.eval;

/**
 * One rule's finding about one subject at one evaluation.
 *
 * @param level   the budget threshold in percent; 0 for the other kinds
 * @param message the measurement in a sentence, the same whether the alert fires or resolves
 */
public record Check(String subject, int level, Verdict verdict, double value, double threshold, String message) {
}
