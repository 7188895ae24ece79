package dev.gantry.guard.exchange;

import dev.gantry.guard.chain.GuardChain;

/**
 * One policy as three chains: {@code conversation} runs every rule on what users and tools wrote (where
 * injections and harmful requests come from); {@code context} runs only the PII rules on system prompts and
 * earlier assistant turns, which legitimately say "you are ..." or "act as ..." but must not leak personal data;
 * {@code sources} runs on retrieved documents before they enter a prompt (indirect injections hide there).
 */
public record PolicyChains(String name, GuardChain conversation, GuardChain context, GuardChain sources) {
    /** A policy whose retrieved documents get the same rules as the conversation. */
    public PolicyChains(String name, GuardChain conversation, GuardChain context) {
        this(name, conversation, context, conversation);
    }
}
