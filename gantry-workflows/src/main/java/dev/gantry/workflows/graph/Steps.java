package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of the five step kinds, for {@link Flow#step(Builder)}. */
public final class Steps {
    private Steps() {
    }

    /** A model call to {@code model} (an alias of the gateway). */
    public static ModelStep model(String id, String model) {
        return new ModelStep(id, model);
    }

    /** A call of the tool named {@code tool}. */
    public static ToolStep tool(String id, String tool) {
        return new ToolStep(id, tool);
    }

    /** A search of {@code collection}. */
    public static RetrieveStep retrieve(String id, String collection) {
        return new RetrieveStep(id, collection);
    }

    /** A guard check of the text in {@code text}. */
    public static GuardStep guard(String id, StateKey<String> text) {
        return new GuardStep(id, text.name());
    }

    /** The Java function registered with the engine as {@code function}. */
    public static CodeStep code(String id, String function) {
        return new CodeStep(id, function);
    }

    /** What every kind shares: the id, written keys, retry policy. */
    public abstract static class Builder<B extends Builder<B>> {
        final String id;
        final List<StateKey<?>> writes = new ArrayList<>();
        RetryPolicy retry = RetryPolicy.DEFAULT;

        Builder(String id) {
            this.id = id;
        }

        @SuppressWarnings("unchecked")
        public B output(StateKey<?>... keys) {
            writes.addAll(Arrays.asList(keys));
            return (B) this;
        }

        @SuppressWarnings("unchecked")
        public B retry(RetryPolicy policy) {
            this.retry = policy;
            return (B) this;
        }

        @SuppressWarnings("unchecked")
        public B retry(int attempts, Duration backoff) {
            this.retry = RetryPolicy.of(attempts, backoff);
            return (B) this;
        }

        public abstract StepSpec build();
    }

    public static final class ModelStep extends Builder<ModelStep> {
        private final String model;
        private String system;
        private String prompt;
        private Map<String, Object> schema;
        private Double temperature;
        private Integer maxTokens;

        ModelStep(String id, String model) {
            super(id);
            this.model = model;
        }

        public ModelStep system(String text) {
            this.system = text;
            return this;
        }

        /** The user message; {@code {{key}}} is replaced by the key's value. */
        public ModelStep prompt(String template) {
            this.prompt = template;
            return this;
        }

        /** The answer must be a JSON object of this schema; each written key takes its property of the same name. */
        public ModelStep schema(Map<String, Object> jsonSchema) {
            this.schema = jsonSchema;
            return this;
        }

        public ModelStep temperature(double t) {
            this.temperature = t;
            return this;
        }

        public ModelStep maxTokens(int n) {
            this.maxTokens = n;
            return this;
        }

        @Override
        public StepSpec build() {
            PromptTemplate template = new PromptTemplate(prompt);
            Action.Model action = new Action.Model(model, system, template, schema, temperature, maxTokens);
            return new StepSpec(id, action, template.keys(), writes, retry);
        }
    }

    public static final class ToolStep extends Builder<ToolStep> {
        private final String tool;
        private final Map<String, String> arguments = new LinkedHashMap<>();

        ToolStep(String id, String tool) {
            super(id);
            this.tool = tool;
        }

        /** The tool's argument {@code name} takes the value of {@code key}. */
        public ToolStep arg(String name, StateKey<?> key) {
            arguments.put(name, key.name());
            return this;
        }

        @Override
        public StepSpec build() {
            return new StepSpec(id, new Action.Tool(tool, arguments), List.copyOf(arguments.values()), writes, retry);
        }
    }

    public static final class RetrieveStep extends Builder<RetrieveStep> {
        private final String collection;
        private String query;
        private int topK = 5;

        RetrieveStep(String id, String collection) {
            super(id);
            this.collection = collection;
        }

        public RetrieveStep query(StateKey<String> key) {
            this.query = key.name();
            return this;
        }

        public RetrieveStep topK(int k) {
            this.topK = k;
            return this;
        }

        @Override
        public StepSpec build() {
            return new StepSpec(id, new Action.Retrieve(collection, query, topK), query == null ? List.of() : List.of(query), writes, retry);
        }
    }

    public static final class GuardStep extends Builder<GuardStep> {
        private final String text;
        private String policy;
        private StateKey<?> clean;
        private StateKey<?> flags;

        GuardStep(String id, String text) {
            super(id);
            this.text = text;
        }

        /** The guard policy of this model alias (default: the default policy). */
        public GuardStep policy(String alias) {
            this.policy = alias;
            return this;
        }

        /** Where the text goes once checked (redacted where a rule says so). */
        public GuardStep cleanText(StateKey<String> key) {
            this.clean = key;
            return this;
        }

        /** Where the decisions go (a list of {detector, action, type, score, reason}). */
        public GuardStep flags(StateKey<?> key) {
            this.flags = key;
            return this;
        }

        @Override
        public StepSpec build() {
            List<StateKey<?>> out = new ArrayList<>(writes);
            if (clean != null) out.add(clean);
            if (flags != null) out.add(flags);
            return new StepSpec(id, new Action.Guard(policy, text, clean, flags), List.of(text), out, retry);
        }
    }

    public static final class CodeStep extends Builder<CodeStep> {
        private final String function;
        private final List<String> reads = new ArrayList<>();

        CodeStep(String id, String function) {
            super(id);
            this.function = function;
        }

        public CodeStep input(StateKey<?>... keys) {
            for (StateKey<?> k : keys) reads.add(k.name());
            return this;
        }

        @Override
        public StepSpec build() {
            return new StepSpec(id, new Action.Code(function), reads, writes, retry);
        }
    }
}
