package dev.gantry.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.RawMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labeled conversation set: chats of messages (each labeled signal or noise), and the topics and atoms a good
 * extraction finds, each atom with its type, key facts and source message ids. Messages get numeric ids in file order
 * (1, 2, ...) as a store would assign them; {@link #labelOf} maps them back.
 */
public record EvalSet(List<Chat> chats, List<ExpectedAtom> atoms, int expectedTopics) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    public record Chat(String chatId, List<LabeledMessage> messages) {
    }

    public record LabeledMessage(String label, RawMessage message, boolean signal) {
    }

    /** @param keyFacts lower-case phrases; an extracted atom matches when it contains at least half of them */
    public record ExpectedAtom(String chatId, AtomType type, String summary, List<String> keyFacts, List<String> sources) {
    }

    public static EvalSet read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file));
        List<Chat> chats = new ArrayList<>();
        long id = 0;
        for (JsonNode c : root.path("chats")) {
            List<LabeledMessage> messages = new ArrayList<>();
            for (JsonNode m : c.path("messages")) {
                id++;
                RawMessage raw = new RawMessage(id, "eval", c.get("chat_id").asText(), m.get("id").asText(),
                        m.get("author").asText(), m.get("text").asText(), T0.plusSeconds(60 * id), T0.plusSeconds(60 * id),
                        m.toString(), false, true);
                messages.add(new LabeledMessage(m.get("id").asText(), raw, m.get("signal").asBoolean()));
            }
            chats.add(new Chat(c.get("chat_id").asText(), messages));
        }
        List<ExpectedAtom> atoms = new ArrayList<>();
        for (JsonNode a : root.path("expected_atoms")) {
            atoms.add(new ExpectedAtom(a.get("chat_id").asText(), AtomType.parse(a.get("type").asText()),
                    a.get("summary").asText(), strings(a.get("key_facts")), strings(a.get("sources"))));
        }
        return new EvalSet(chats, atoms, root.path("expected_topics").size());
    }

    /** Message labels ("p3") by numeric id. */
    public Map<Long, String> labelOf() {
        Map<Long, String> out = new LinkedHashMap<>();
        chats.forEach(c -> c.messages().forEach(m -> out.put(m.message().id(), m.label())));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }
}
