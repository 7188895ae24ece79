package dev.gantry.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.tool.ToolResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStateTest {
    @Test
    void should_read_back_the_conversation_pending_calls_and_next_step() {
        RunState s = RunState.start("Be brief.", "refund A-1");
        ToolCall refund = new ToolCall("c1", "refund", "{\"order\":\"A-1\"}");
        s.messages.add(ChatMessage.assistantToolCalls(null, List.of(refund, new ToolCall("c2", "weather", ""))));
        s.addResult(new ToolCall("c2", "weather", ""), ToolResult.error("no such city"));
        s.pending.add(refund);
        s.takeSeq();
        s.takeSeq();

        RunState back = RunState.fromJson(s.toJson());

        assertThat(back.messages).isEqualTo(s.messages);
        assertThat(back.pending).containsExactly(refund);
        assertThat(back.nextSeq).isEqualTo(2);
        assertThat(back.messages.get(3).isError()).isTrue();
    }
}
