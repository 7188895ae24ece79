package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import java.util.List;
import java.util.Map;

/** What a step does. The engine runs each kind against its port (chat model, tools, retrieval, guardrail, code). */
public sealed interface Action {
    String kind();

    /**
     * A model call: the prompt template filled from state ({@code {{key}}}); with a schema the answer is a JSON
     * object and each written key takes its property of the same name, without one the single written key takes the
     * answer (a string key the text, a json key the text parsed as JSON).
     */
    record Model(String model, String system, PromptTemplate prompt, Map<String, Object> schema, Double temperature,
                 Integer maxTokens) implements Action {
        public String kind() {
            return "model";
        }
    }

    /** A tool call: each argument from a state key; the result (text, or JSON for non-string keys) into one key. */
    record Tool(String tool, Map<String, String> arguments) implements Action {
        public String kind() {
            return "tool";
        }
    }

    /** Retrieval: the query from a string key, the passages (text, document, chunk, score) into a list key. */
    record Retrieve(String collection, String query, int topK) implements Action {
        public String kind() {
            return "retrieve";
        }
    }

    /**
     * A guard check of text from state with the policy a call to {@code policy} (a model alias; null = default) would
     * get: a block fails the run, redactions come back in the text key written, decisions in the flags key (both
     * optional).
     */
    record Guard(String policy, String text, StateKey<?> cleanText, StateKey<?> flags) implements Action {
        public String kind() {
            return "guard";
        }
    }

    /** A Java function registered with the engine under {@code function}. */
    record Code(String function) implements Action {
        public String kind() {
            return "code";
        }
    }

    static List<String> kinds() {
        return List.of("model", "tool", "retrieve", "guard", "code");
    }
}
