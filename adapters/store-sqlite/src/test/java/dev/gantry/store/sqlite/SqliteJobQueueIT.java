package dev.gantry.store.sqlite;

import dev.gantry.core.jobs.JobQueue;
import dev.gantry.testkit.jobs.JobQueueContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteJobQueueIT extends JobQueueContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected JobQueue openQueue() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteJobQueue(db);
    }

    @Override
    protected JobQueue reopenQueue() {
        db.close();
        return openQueue();
    }

    @Override
    protected void closeQueue() {
        db.close();
    }
}
