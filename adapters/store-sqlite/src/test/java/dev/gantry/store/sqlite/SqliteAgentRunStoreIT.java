package dev.gantry.store.sqlite;

import dev.gantry.core.agent.AgentRunStore;
import dev.gantry.testkit.agent.AgentRunStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAgentRunStoreIT extends AgentRunStoreContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected AgentRunStore openStore() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteAgentRunStore(db);
    }

    @Override
    protected AgentRunStore reopenStore() {
        db.close();
        return openStore();
    }

    @Override
    protected void closeStore() {
        db.close();
    }
}
