package dev.gantry.provider.anthropic.internal;

import java.util.UUID;

/** Ids for tool calls that arrived without one (Anthropic clients need an id to answer a call). */
public final class ToolIds {
    private ToolIds() {
    }

    public static String newId() {
        return "toolu_" + UUID.randomUUID().toString().replace("-", "");
    }
}
