package dev.gantry.workflows;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.provider.openai.OpenAiChatModel;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteWorkflowRunStore;
import dev.gantry.workflows.engine.WorkflowEngine;
import java.nio.file.Path;
import java.util.Map;

/** Real parts for engine tests: SQLite under a temp dir, the OpenAI adapter against a FakeProvider. */
final class EngineFixture implements AutoCloseable {
    final SqliteDatabase db;
    final SqliteWorkflowRunStore store;
    final JdkHttpTransport transport = new JdkHttpTransport();

    EngineFixture(Path dataDir) {
        db = SqliteDatabase.open(dataDir);
        store = new SqliteWorkflowRunStore(db);
    }

    ChatModel chat(String fakeBaseUrl) {
        return chat(fakeBaseUrl, transport);
    }

    static ChatModel chat(String fakeBaseUrl, JdkHttpTransport transport) {
        return new OpenAiChatModel(new ProviderSettings("fake", "openai", fakeBaseUrl + "/v1", "sk-test", Map.of(), null, false), transport);
    }

    WorkflowEngine.Builder engine() {
        return WorkflowEngine.builder(store);
    }

    @Override
    public void close() {
        transport.close();
        db.close();
    }
}
