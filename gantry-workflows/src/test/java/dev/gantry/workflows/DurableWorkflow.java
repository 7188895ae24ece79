package dev.gantry.workflows;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.workflow.WorkflowRunStore;
import dev.gantry.workflows.engine.WorkflowEngine;
import dev.gantry.workflows.graph.Steps;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.state.StateKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The workflow of the kill test, shared by the child JVM and the test: count -> ask (model) -> parallel [side, block]
 * -> finish (model). Each code step appends a line to its own file in {@code marks}, so a repeated step shows as a
 * second line even across processes; {@code block} waits until the file {@code release} exists.
 */
final class DurableWorkflow {
    static final StateKey<String> FIRST = StateKey.string("first");
    static final StateKey<String> ANSWER = StateKey.string("answer");
    static final StateKey<String> SIDE = StateKey.string("side");
    static final StateKey<String> BLOCKED = StateKey.string("blocked");
    static final StateKey<String> FINAL = StateKey.string("final");

    private DurableWorkflow() {
    }

    static WorkflowEngine engine(WorkflowRunStore store, ChatModel chat, Path marks) {
        return WorkflowEngine.builder(store).chat(chat)
                .function("count", (call, state, out) -> {
                    mark(marks, "count");
                    out.put(FIRST, "one");
                })
                .function("side", (call, state, out) -> {
                    mark(marks, "side");
                    out.put(SIDE, "side-done");
                })
                .function("block", (call, state, out) -> {
                    mark(marks, "block");
                    while (!Files.exists(marks.resolve("release"))) Thread.sleep(20);
                    out.put(BLOCKED, "released");
                })
                .build().register(workflow());
    }

    static Workflow workflow() {
        return Workflow.named("durable")
                .step(Steps.code("count", "count").output(FIRST))
                .step(Steps.model("ask", "gpt-test").prompt("Step two after {{first}}").output(ANSWER))
                .parallel(b -> b.step(Steps.code("side", "side").output(SIDE)),
                        b -> b.step(Steps.code("block", "block").output(BLOCKED)))
                .step(Steps.model("finish", "gpt-test").prompt("Finish: {{answer}} / {{side}} / {{blocked}}").output(FINAL))
                .build();
    }

    static void mark(Path marks, String step) {
        try {
            Files.writeString(marks.resolve(step + ".log"), step + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> marks(Path marks, String step) throws IOException {
        Path f = marks.resolve(step + ".log");
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }
}
