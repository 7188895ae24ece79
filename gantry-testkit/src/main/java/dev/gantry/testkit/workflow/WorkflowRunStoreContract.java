package dev.gantry.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.core.workflow.WorkflowRunStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link WorkflowRunStore} adapter passes, through the port only, on fresh storage per test. */
public abstract class WorkflowRunStoreContract {
    protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00.250Z");
    protected WorkflowRunStore store;

    /** A store over fresh, empty storage. */
    protected abstract WorkflowRunStore openStore();

    /** Closes the storage behind {@link #store} and opens it again, as a restarted process would. */
    protected abstract WorkflowRunStore reopenStore();

    protected abstract void closeStore();

    @BeforeEach
    protected void openFreshStore() {
        store = openStore();
    }

    @AfterEach
    protected void closeStoreAfterTest() {
        closeStore();
    }

    @Test
    void should_create_a_running_run_with_its_input() {
        WorkflowRun run = store.create("triage", "{\"q\":\"hi\"}");

        WorkflowRun read = store.get(run.id()).orElseThrow();
        assertThat(read.workflow()).isEqualTo("triage");
        assertThat(read.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(read.inputJson()).isEqualTo("{\"q\":\"hi\"}");
        assertThat(read.error()).isNull();
        assertThat(store.get("no-such-run")).isEmpty();
    }

    @Test
    void should_keep_one_record_per_step_in_first_start_order_and_replace_it() {
        WorkflowRun run = store.create("triage", "{}");
        store.recordStep(run.id(), running("a", 1));
        store.recordStep(run.id(), running("b", 1));
        store.recordStep(run.id(), new StepRecord("a", StepStatus.SUCCEEDED, 2, "{\"x\":1}", "timeout on attempt 1", T0, T0.plusSeconds(3)));

        assertThat(store.steps(run.id()))
                .extracting(StepRecord::stepId, StepRecord::status, StepRecord::attempts, StepRecord::outputJson, StepRecord::error)
                .containsExactly(tuple("a", StepStatus.SUCCEEDED, 2, "{\"x\":1}", "timeout on attempt 1"),
                        tuple("b", StepStatus.RUNNING, 1, null, null));
        StepRecord a = store.steps(run.id()).get(0);
        assertThat(a.startedAt()).isEqualTo(T0);
        assertThat(a.finishedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void should_keep_steps_of_runs_apart() {
        WorkflowRun one = store.create("w", "{}");
        WorkflowRun two = store.create("w", "{}");
        store.recordStep(one.id(), running("a", 1));

        assertThat(store.steps(two.id())).isEmpty();
        assertThat(store.steps("no-such-run")).isEmpty();
    }

    @Test
    void should_keep_every_record_across_a_restart() {
        WorkflowRun run = store.create("w", "{\"n\":2}");
        store.recordStep(run.id(), new StepRecord("a", StepStatus.SUCCEEDED, 1, "{\"y\":\"z\"}", null, T0, T0));

        store = reopenStore();

        assertThat(store.unfinished()).extracting(WorkflowRun::id).containsExactly(run.id());
        assertThat(store.steps(run.id())).extracting(StepRecord::outputJson).containsExactly("{\"y\":\"z\"}");
    }

    @Test
    void should_list_only_running_runs_as_unfinished_oldest_first() {
        WorkflowRun first = store.create("w", "{}");
        WorkflowRun done = store.create("w", "{}");
        WorkflowRun failed = store.create("w", "{}");
        WorkflowRun last = store.create("w", "{}");
        store.setStatus(done.id(), RunStatus.SUCCEEDED, null);
        store.setStatus(failed.id(), RunStatus.FAILED, "step 'a' failed after 3 attempts");

        assertThat(store.unfinished()).extracting(WorkflowRun::id).containsExactly(first.id(), last.id());
        assertThat(store.get(failed.id()).orElseThrow().error()).isEqualTo("step 'a' failed after 3 attempts");
    }

    @Test
    void should_clear_the_error_when_a_failed_run_runs_again() {
        WorkflowRun run = store.create("w", "{}");
        store.setStatus(run.id(), RunStatus.FAILED, "boom");
        store.setStatus(run.id(), RunStatus.RUNNING, "ignored");

        WorkflowRun read = store.get(run.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(read.error()).isNull();
    }

    @Test
    void should_list_runs_newest_first_per_workflow() {
        WorkflowRun a1 = store.create("a", "{}");
        WorkflowRun b1 = store.create("b", "{}");
        WorkflowRun a2 = store.create("a", "{}");

        assertThat(store.list("a", 10)).extracting(WorkflowRun::id).containsExactly(a2.id(), a1.id());
        assertThat(store.list(null, 2)).extracting(WorkflowRun::id).containsExactly(a2.id(), b1.id());
    }

    @Test
    void should_refuse_writes_to_an_unknown_run() {
        GantryException onStep = catchThrowableOfType(GantryException.class,
                () -> store.recordStep("no-such-run", running("a", 1)));
        GantryException onStatus = catchThrowableOfType(GantryException.class,
                () -> store.setStatus("no-such-run", RunStatus.SUCCEEDED, null));

        assertThat(List.of(onStep.kind(), onStatus.kind())).containsOnly(ErrorKind.NOT_FOUND);
        assertThat(onStep.getMessage()).contains("no-such-run");
    }

    private static StepRecord running(String id, int attempts) {
        return new StepRecord(id, StepStatus.RUNNING, attempts, null, null, T0, null);
    }
}
