package dev.gantry.core.chat;

/**
 * A streamed fragment of a tool call. The first fragment of a call carries {@code id} and {@code name};
 * later ones carry only {@code index} and a piece of {@code arguments} JSON text.
 */
public record ToolCallDelta(int index, String id, String name, String arguments) {
}
