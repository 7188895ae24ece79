package dev.gantry.agents;

import dev.gantry.core.chat.ToolSpec;
import java.util.List;
import java.util.Map;

/** The built-in tool with which the model hands a decision to a person: the run waits until one approves or rejects. */
public final class Escalation {
    public static final String TOOL = "request_human_approval";
    static final ToolSpec SPEC = new ToolSpec(TOOL,
            "Ask a person to approve before you go on, when you are unsure or the action is sensitive. The run pauses "
                    + "until they decide; the result says who approved or rejected it and why.",
            Map.of("type", "object", "additionalProperties", false, "required", List.of("reason"),
                    "properties", Map.of("reason", Map.of("type", "string", "description", "what to approve and why"))));

    private Escalation() {
    }
}
