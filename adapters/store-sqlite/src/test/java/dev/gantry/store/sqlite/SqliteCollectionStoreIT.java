package dev.gantry.store.sqlite;

import dev.gantry.core.rag.CollectionStore;
import dev.gantry.testkit.rag.CollectionStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteCollectionStoreIT extends CollectionStoreContract {
    @TempDir
    Path dataDir;
    SqliteDatabase db;

    @Override
    protected CollectionStore openStore() {
        db = SqliteDatabase.open(dataDir);
        return new SqliteCollectionStore(db);
    }

    @Override
    protected CollectionStore reopenStore() {
        db.close();
        return openStore();
    }

    @Override
    protected void closeStore() {
        db.close();
    }
}
