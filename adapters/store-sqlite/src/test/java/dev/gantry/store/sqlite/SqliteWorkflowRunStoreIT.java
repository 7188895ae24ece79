package dev.gantry.store.sqlite;

import dev.gantry.core.workflow.WorkflowRunStore;
import dev.gantry.testkit.workflow.WorkflowRunStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteWorkflowRunStoreIT extends WorkflowRunStoreContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected WorkflowRunStore openStore() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteWorkflowRunStore(db);
    }

    @Override
    protected WorkflowRunStore reopenStore() {
        db.close();
        return openStore();
    }

    @Override
    protected void closeStore() {
        db.close();
    }
}
