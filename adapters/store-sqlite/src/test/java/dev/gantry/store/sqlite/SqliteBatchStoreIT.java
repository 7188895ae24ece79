package dev.gantry.store.sqlite;

import dev.gantry.core.batch.BatchStore;
import dev.gantry.testkit.batch.BatchStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteBatchStoreIT extends BatchStoreContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected BatchStore openStore() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteBatchStore(db);
    }

    @Override
    protected BatchStore reopenStore() {
        db.close();
        return openStore();
    }

    @Override
    protected void closeStore() {
        db.close();
    }
}
