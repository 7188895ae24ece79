package dev.gantry.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteWorkflowRunStore;
import dev.gantry.testkit.FakeProvider;
import dev.gantry.workflows.engine.RunHandle;
import dev.gantry.workflows.engine.WorkflowEngine;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability across a real crash: a separate JVM runs {@link DurableWorkflow} until its {@code block} step waits (the
 * first steps and the parallel {@code side} branch finished and were committed), is killed with SIGKILL, and this
 * process resumes the run from the same SQLite file. Finished steps must not run again: each code step counts its
 * calls in a file, and the FakeProvider counts model calls.
 */
class WorkflowKillIT {
    /** An upper bound for a child JVM to reach the blocking step on a loaded machine; not a performance claim. */
    private static final Duration CHILD_DEADLINE = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;
    @TempDir
    Path marks;

    @Test
    void should_resume_a_killed_run_without_repeating_its_finished_steps() throws Exception {
        try (FakeProvider fake = FakeProvider.start()) {
            Process child = startChild(fake.baseUrl());
            String runId;
            try {
                waitFor(child, () -> Files.exists(marks.resolve("run-id")) && Files.exists(marks.resolve("block.log")));
                runId = Files.readString(marks.resolve("run-id"));
                waitFor(child, () -> sideFinished(runId));
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            assertThat(fake.requests()).hasSize(1);

            try (SqliteDatabase db = SqliteDatabase.open(dataDir);
                 EngineFixture http = new EngineFixture(dataDir.resolve("unused"))) {
                SqliteWorkflowRunStore store = new SqliteWorkflowRunStore(db);
                assertThat(store.get(runId).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
                Files.writeString(marks.resolve("release"), "go");
                try (WorkflowEngine engine = DurableWorkflow.engine(store, http.chat(fake.baseUrl()), marks)) {
                    List<RunHandle> resumed = engine.resumeUnfinished();

                    assertThat(resumed).extracting(RunHandle::runId).containsExactly(runId);
                    WorkflowRun done = resumed.get(0).done().get();
                    assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
                    assertThat(engine.view(runId).orElseThrow().state().get("final").asText())
                            .isEqualTo("You said: Finish: You said: Step two after one / side-done / released");
                }
                assertThat(DurableWorkflow.marks(marks, "count")).hasSize(1);
                assertThat(DurableWorkflow.marks(marks, "side")).hasSize(1);
                assertThat(DurableWorkflow.marks(marks, "block")).as("the unfinished step runs again").hasSize(2);
                assertThat(fake.requests()).extracting(r -> r.lastUserText())
                        .containsExactly("Step two after one", "Finish: You said: Step two after one / side-done / released");
                assertThat(store.steps(runId)).extracting(StepRecord::stepId, StepRecord::status, StepRecord::attempts)
                        .containsExactlyInAnyOrder(tuple("count", StepStatus.SUCCEEDED, 1), tuple("ask", StepStatus.SUCCEEDED, 1),
                                tuple("side", StepStatus.SUCCEEDED, 1), tuple("block", StepStatus.SUCCEEDED, 2),
                                tuple("finish", StepStatus.SUCCEEDED, 1));
            }
        }
    }

    private Process startChild(String fakeBaseUrl) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DurableWorkflowChild.class.getName());
        cmd.add(dataDir.toString());
        cmd.add(fakeBaseUrl);
        cmd.add(marks.toString());
        File log = marks.resolve("child.log").toFile();
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Reads the run's steps through a store of its own while the child writes (WAL: readers never block). */
    private boolean sideFinished(String runId) {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            return new SqliteWorkflowRunStore(db).steps(runId).stream()
                    .anyMatch(s -> s.stepId().equals("side") && s.status() == StepStatus.SUCCEEDED);
        }
    }

    private void waitFor(Process child, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(CHILD_DEADLINE);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) throw new AssertionError("the child JVM exited early:\n" + Files.readString(marks.resolve("child.log")));
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the child JVM did not reach the blocking step; its log:\n" + Files.readString(marks.resolve("child.log")));
            }
            Thread.sleep(50);
        }
    }
}
