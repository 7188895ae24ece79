package dev.gantry.workflows;

import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteWorkflowRunStore;
import dev.gantry.workflows.engine.RunHandle;
import dev.gantry.workflows.engine.WorkflowEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The process the kill test starts and kills: {@code DurableWorkflowChild DATA_DIR FAKE_BASE_URL MARKS_DIR}. Starts one
 * run of {@link DurableWorkflow}, writes its id to {@code MARKS_DIR/run-id}, then waits for a run that blocks until killed.
 */
public final class DurableWorkflowChild {
    private DurableWorkflowChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path marks = Path.of(args[2]);
        SqliteDatabase db = SqliteDatabase.open(dataDir);
        WorkflowEngine engine = DurableWorkflow.engine(new SqliteWorkflowRunStore(db),
                EngineFixture.chat(args[1], new dev.gantry.http.jdk.JdkHttpTransport()), marks);
        RunHandle run = engine.start("durable", Map.of());
        Path tmp = marks.resolve("run-id.tmp");
        Files.writeString(tmp, run.runId());
        Files.move(tmp, marks.resolve("run-id"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("child: started run " + run.runId());
        run.done().get();
        System.out.println("child: the run ended, which the kill test does not expect");
    }
}
