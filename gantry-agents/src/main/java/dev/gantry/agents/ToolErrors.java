package dev.gantry.agents;

/** How a tool's exception reads to the model: its type and message, never a stack trace. */
final class ToolErrors {
    private static final int MAX = 500;

    private ToolErrors() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    }
}
