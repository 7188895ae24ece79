package dev.gantry.guard.judge;

import java.util.Optional;

/** A second opinion from a model on a text the in-process classifier is unsure about. Thread-safe. */
@FunctionalInterface
public interface Judge {
    /** @return the verdict, or empty when the judge could not decide (timeout, error, unreadable answer) */
    Optional<JudgeVerdict> judge(String text);
}
