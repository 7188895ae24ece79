package dev.gantry.store.sqlite;

import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.testkit.knowledge.MessageStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteMessageStoreIT extends MessageStoreContract {
    @TempDir
    Path dataDir;
    private SqliteDatabase db;

    @Override
    protected MessageStore openStore() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteMessageStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
