package dev.gantry.guard.exchange;

import dev.gantry.guard.chain.GuardChain;

/**
 * One policy as two chains: {@code conversation} runs every rule on what users and tools wrote (where
 * injections and harmful requests come from); {@code context} runs only the PII rules on system prompts and
 * earlier assistant turns, which legitimately say "you are ..." or "act as ..." but must not leak personal data.
 */
public record PolicyChains(String name, GuardChain conversation, GuardChain context) {
}
