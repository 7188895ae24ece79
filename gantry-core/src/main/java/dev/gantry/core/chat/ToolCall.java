package dev.gantry.core.chat;

/** A function call requested by the model. {@code arguments} is the raw JSON text, exactly as produced. */
public record ToolCall(String id, String name, String arguments) {
}
