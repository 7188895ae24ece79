package dev.gantry.workflows.engine;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.tool.Tool;
import java.util.Map;

/** The ports steps run against: null chat means model steps cannot be registered. */
record StepServices(ChatModel chat, Map<String, Tool> tools, Retrieval retrieval, Guardrail guardrail,
                    Map<String, CodeFunction> functions) {
}
