package dev.gantry.testkit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentRun.Status;
import dev.gantry.core.agent.AgentRunStore;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link AgentRunStore} adapter passes, through the port only, on fresh storage per test. */
public abstract class AgentRunStoreContract {
    protected static final Instant T0 = Instant.parse("2026-03-10T12:00:00.123Z");
    protected AgentRunStore store;

    /** A store over fresh, empty storage. */
    protected abstract AgentRunStore openStore();

    /** Closes the storage and opens it again, as a restarted process would. */
    protected abstract AgentRunStore reopenStore();

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
    void should_read_back_a_created_run_field_by_field() {
        AgentRun run = run("support", T0).withProgress("{\"messages\":[]}", 2, 120, 30, new BigDecimal("0.0042"), T0);
        store.create(run);

        AgentRun read = store.get(run.id()).orElseThrow();
        assertThat(read.agent()).isEqualTo("support");
        assertThat(read.keyId()).isEqualTo("team-a");
        assertThat(read.status()).isEqualTo(Status.RUNNING);
        assertThat(read.input()).isEqualTo("what is the weather in Paris?");
        assertThat(read.state()).isEqualTo("{\"messages\":[]}");
        assertThat(read.steps()).isEqualTo(2);
        assertThat(read.inputTokens()).isEqualTo(120);
        assertThat(read.outputTokens()).isEqualTo(30);
        assertThat(read.costUsd()).isEqualByComparingTo("0.0042");
        assertThat(read.createdAt()).isEqualTo(T0);
    }

    @Test
    void should_answer_empty_for_an_unknown_run() {
        assertThat(store.get("no-such-run")).isEmpty();
        assertThat(store.steps("no-such-run")).isEmpty();
    }

    @Test
    void should_refuse_a_second_run_with_the_same_id() {
        AgentRun run = run("support", T0);
        store.create(run);

        GantryException e = catchThrowableOfType(GantryException.class, () -> store.create(run));
        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void should_update_only_from_the_expected_status() {
        AgentRun run = run("support", T0).withStatus(Status.WAITING_APPROVAL, null, null, T0);
        store.create(run);
        AgentRun resumed = run.withStatus(Status.RUNNING, null, null, T0.plusSeconds(5));

        assertThat(store.update(resumed, Status.WAITING_APPROVAL)).isTrue();
        assertThat(store.update(resumed, Status.WAITING_APPROVAL)).isFalse();
        assertThat(store.get(run.id()).orElseThrow().status()).isEqualTo(Status.RUNNING);
        assertThat(store.get(run.id()).orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void should_let_only_one_of_two_concurrent_approvals_resume_a_run() throws Exception {
        AgentRun waiting = run("support", T0).withStatus(Status.WAITING_APPROVAL, null, null, T0);
        store.create(waiting);
        AgentRun resumed = waiting.withStatus(Status.RUNNING, null, null, T0.plusSeconds(1));
        List<Callable<Boolean>> approvals = List.of(() -> store.update(resumed, Status.WAITING_APPROVAL),
                () -> store.update(resumed, Status.WAITING_APPROVAL));
        List<Boolean> won = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Boolean> f : pool.invokeAll(approvals)) won.add(f.get());
        }
        assertThat(won).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void should_write_nothing_for_an_unknown_run() {
        assertThat(store.update(run("support", T0), Status.RUNNING)).isFalse();
        assertThat(store.list(null, 10)).isEmpty();
    }

    @Test
    void should_keep_a_finished_runs_answer_and_stop_reason() {
        AgentRun run = run("support", T0);
        store.create(run);
        store.update(run.withStatus(Status.COMPLETED, "answer", "It is sunny.", T0.plusSeconds(2)), Status.RUNNING);

        AgentRun read = store.get(run.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(Status.COMPLETED);
        assertThat(read.stopReason()).isEqualTo("answer");
        assertThat(read.answer()).isEqualTo("It is sunny.");
    }

    @Test
    void should_list_runs_newest_first_per_agent() {
        AgentRun a = run("support", T0);
        AgentRun b = run("billing", T0.plusSeconds(1));
        AgentRun c = run("support", T0.plusSeconds(2));
        store.create(a);
        store.create(b);
        store.create(c);

        assertThat(store.list("support", 10)).extracting(AgentRun::id).containsExactly(c.id(), a.id());
        assertThat(store.list(null, 2)).extracting(AgentRun::id).containsExactly(c.id(), b.id());
    }

    @Test
    void should_list_only_running_runs_oldest_first() {
        AgentRun older = run("support", T0);
        AgentRun done = run("support", T0.plusSeconds(1));
        AgentRun newer = run("billing", T0.plusSeconds(2));
        store.create(older);
        store.create(done);
        store.create(newer);
        store.update(done.withStatus(Status.COMPLETED, "answer", "done", T0.plusSeconds(3)), Status.RUNNING);

        assertThat(store.running()).extracting(AgentRun::id).containsExactly(older.id(), newer.id());
    }

    @Test
    void should_return_steps_in_seq_order_with_their_figures() {
        AgentRun run = run("support", T0);
        store.create(run);
        store.appendStep(step(run.id(), 1, AgentStep.Kind.TOOL, "weather", "ok"));
        store.appendStep(new AgentStep(run.id(), 0, AgentStep.Kind.MODEL, "chat", null, "tool_calls", "ok", 100, 20,
                new BigDecimal("0.000150"), 35, T0));

        List<AgentStep> steps = store.steps(run.id());
        assertThat(steps).extracting(AgentStep::seq).containsExactly(0, 1);
        AgentStep model = steps.get(0);
        assertThat(model.kind()).isEqualTo(AgentStep.Kind.MODEL);
        assertThat(model.inputTokens()).isEqualTo(100);
        assertThat(model.outputTokens()).isEqualTo(20);
        assertThat(model.costUsd()).isEqualByComparingTo("0.000150");
        assertThat(model.durationMillis()).isEqualTo(35);
        assertThat(steps.get(1).callId()).isEqualTo("call_1");
        assertThat(steps.get(1).detail()).isEqualTo("{\"city\":\"Paris\"}");
    }

    @Test
    void should_refuse_a_step_number_used_twice() {
        AgentRun run = run("support", T0);
        store.create(run);
        store.appendStep(step(run.id(), 0, AgentStep.Kind.TOOL, "weather", "ok"));

        GantryException e = catchThrowableOfType(GantryException.class,
                () -> store.appendStep(step(run.id(), 0, AgentStep.Kind.TOOL, "clock", "ok")));
        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void should_take_concurrent_steps_of_one_run() throws Exception {
        AgentRun run = run("support", T0);
        store.create(run);
        List<Callable<Void>> appends = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int seq = i;
            appends.add(() -> {
                store.appendStep(step(run.id(), seq, AgentStep.Kind.TOOL, "tool" + seq, "ok"));
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Void> f : pool.invokeAll(appends)) f.get();
        }
        assertThat(store.steps(run.id())).hasSize(16);
    }

    @Test
    void should_keep_a_waiting_run_across_a_restart() {
        AgentRun run = run("support", T0).withStatus(Status.WAITING_APPROVAL, null, null, T0)
                .withProgress("{\"pending\":[\"call_9\"]}", 1, 10, 5, BigDecimal.ZERO, T0);
        store.create(run);
        store.appendStep(step(run.id(), 0, AgentStep.Kind.TOOL, "refund", "waiting_approval"));

        store = reopenStore();

        AgentRun read = store.get(run.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(Status.WAITING_APPROVAL);
        assertThat(read.state()).isEqualTo("{\"pending\":[\"call_9\"]}");
        assertThat(store.steps(run.id())).extracting(AgentStep::outcome).containsExactly("waiting_approval");
    }

    protected static AgentRun run(String agent, Instant at) {
        return new AgentRun(UUID.randomUUID().toString(), agent, "team-a", Status.RUNNING, null,
                "what is the weather in Paris?", null, null, 0, 0, 0, BigDecimal.ZERO, at, at);
    }

    protected static AgentStep step(String runId, int seq, AgentStep.Kind kind, String name, String outcome) {
        return new AgentStep(runId, seq, kind, name, "call_" + seq, "{\"city\":\"Paris\"}", outcome, 0, 0, null, 3, T0);
    }
}
