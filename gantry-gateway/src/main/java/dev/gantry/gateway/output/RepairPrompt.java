package dev.gantry.gateway.output;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The one repair attempt: the conversation, the invalid answer, and a user turn that names what is wrong and
 * asks for only valid JSON. Problems are capped so a huge invalid answer cannot blow up the repair prompt.
 */
public final class RepairPrompt {
    static final int MAX_PROBLEMS = 10;
    static final int MAX_PROBLEM_CHARS = 200;
    /** Bounds the instruction turn (10 problems of 200 chars and the framing) for budget reservations. */
    public static final int MAX_INSTRUCTION_TOKENS = 1_000;

    private RepairPrompt() {
    }

    public static ChatRequest request(ChatRequest original, OutputCheck.Failure failure) {
        List<ChatMessage> messages = new ArrayList<>(original.messages());
        messages.add(ChatMessage.assistant(failure.answer() == null ? "" : failure.answer()));
        messages.add(ChatMessage.user(instruction(failure.format(), failure.problems())));
        return original.toBuilder().messages(messages).build();
    }

    /** The problems as bullet lines, at most MAX_PROBLEMS, each cut to MAX_PROBLEM_CHARS. */
    public static String summary(List<String> problems) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS); i++) {
            sb.append("- ").append(truncate(problems.get(i))).append('\n');
        }
        if (problems.size() > MAX_PROBLEMS) sb.append("- and ").append(problems.size() - MAX_PROBLEMS).append(" more\n");
        return sb.toString();
    }

    private static String instruction(ResponseFormat format, List<String> problems) {
        String target = format.type() == ResponseFormat.Type.JSON_SCHEMA
                ? "valid JSON matching the JSON schema '" + format.name() + "'"
                : "a valid JSON object";
        return "Your previous answer was rejected because it is not " + target + ":\n" + summary(problems)
                + "Reply again with only " + target + ": no prose, no code fences.";
    }

    private static String truncate(String s) {
        return s.length() <= MAX_PROBLEM_CHARS ? s : s.substring(0, MAX_PROBLEM_CHARS) + "...";
    }
}
