package dev.gantry.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every inbound validation rule: the error is INVALID_REQUEST, names the parameter and says what to send. */
class AnthropicCodecValidationTest {
    private static final String HEAD = "'model':'m','max_tokens':10";
    private static final String HI = "'messages':[{'role':'user','content':'hi'}]";

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                bad("{" + HEAD + "," + HI, "body", "not valid JSON"),
                bad("[1,2]", "body", "must be a JSON object"),
                bad("{'max_tokens':10," + HI + "}", "model", "is required"),
                bad("{'model':7,'max_tokens':10," + HI + "}", "model", "must be a string"),
                bad("{'model':'m'," + HI + "}", "max_tokens", "is required by the Messages API"),
                bad("{'model':'m','max_tokens':0," + HI + "}", "max_tokens", ">= 1, got 0"),
                bad("{'model':'m','max_tokens':'many'," + HI + "}", "max_tokens", "whole number"),
                bad("{" + HEAD + "}", "messages", "is required"),
                bad("{" + HEAD + ",'messages':[]}", "messages", "at least one message"),
                bad("{" + HEAD + ",'messages':{}}", "messages", "must be an array"),
                bad("{" + HEAD + ",'messages':['hi']}", "messages[0]", "must be a JSON object"),
                bad("{" + HEAD + ",'messages':[{'content':'hi'}]}", "messages[0].role", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'system','content':[{'type':'image','source':{}}]}]}",
                        "messages[0].content[0].type", "system blocks must be text"),
                bad("{" + HEAD + ",'messages':[{'role':'robot','content':'hi'}]}", "messages[0].role",
                        "use user, assistant or system"),
                bad("{" + HEAD + ",'messages':[{'role':'user'}]}", "messages[0].content", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':42}]}", "messages[0].content", "must be an array"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':'a'},{'role':'assistant','content':[{'text':'x'}]}]}",
                        "messages[1].content[0].type", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'document','source':{}}]}]}",
                        "messages[0].content[0].type", "'document' is not supported in user messages"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'tool_use','id':'t','name':'f','input':{}}]}]}",
                        "messages[0].content[0].type", "'tool_use' is not supported in user messages"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'tool_result','tool_use_id':'t'}]}]}",
                        "messages[0].content[0].type", "'tool_result' is not supported in assistant messages"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'text'}]}]}",
                        "messages[0].content[0].text", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'text','text':'a','cache_control':'yes'}]}]}",
                        "messages[0].content[0].cache_control", "must be a JSON object"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'image'}]}]}",
                        "messages[0].content[0].source", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'file','file_id':'f'}}]}]}",
                        "messages[0].content[0].source.type", "'file' is not supported"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'base64','media_type':'image/tiff','data':'x'}}]}]}",
                        "messages[0].content[0].source.media_type", "image/jpeg, image/png"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'base64','media_type':'image/png'}}]}]}",
                        "messages[0].content[0].source.data", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'image','source':{'type':'url'}}]}]}",
                        "messages[0].content[0].source.url", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'tool_use','name':'f','input':{}}]}]}",
                        "messages[0].content[0].id", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'tool_use','id':'t','input':{}}]}]}",
                        "messages[0].content[0].name", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'tool_use','id':'t','name':'f','input':'{}'}]}]}",
                        "messages[0].content[0].input", "must be a JSON object"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'tool_result','content':'x'}]}]}",
                        "messages[0].content[0].tool_use_id", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'tool_result','tool_use_id':'t','is_error':'no'}]}]}",
                        "messages[0].content[0].is_error", "true or false"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'tool_result','tool_use_id':'t','content':7}]}]}",
                        "messages[0].content[0].content", "must be an array"),
                bad("{" + HEAD + ",'messages':[{'role':'user','content':[{'type':'tool_result','tool_use_id':'t','content':[{'type':'document'}]}]}]}",
                        "messages[0].content[0].content[0].type", "inside tool_result content"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'thinking','thinking':'x'}]}]}",
                        "messages[0].content[0].signature", "is required"),
                bad("{" + HEAD + ",'messages':[{'role':'assistant','content':[{'type':'redacted_thinking'}]}]}",
                        "messages[0].content[0].data", "is required"),
                bad("{" + HEAD + ",'system':5," + HI + "}", "system", "must be an array"),
                bad("{" + HEAD + ",'system':[{'type':'image','source':{}}]," + HI + "}", "system[0].type", "must be text"),
                bad("{" + HEAD + "," + HI + ",'tools':{}}", "tools", "must be an array"),
                bad("{" + HEAD + "," + HI + ",'tools':[{'type':'web_search_20250305','name':'web_search'}]}",
                        "tools[0].type", "server tool 'web_search_20250305' is not supported"),
                bad("{" + HEAD + "," + HI + ",'tools':[{'input_schema':{}}]}", "tools[0].name", "is required"),
                bad("{" + HEAD + "," + HI + ",'tools':[{'name':'f'}]}", "tools[0].input_schema", "is required"),
                bad("{" + HEAD + "," + HI + ",'tools':[{'name':'f','input_schema':{},'description':1}]}",
                        "tools[0].description", "must be a string"),
                bad("{" + HEAD + "," + HI + ",'tool_choice':'auto'}", "tool_choice", "must be a JSON object"),
                bad("{" + HEAD + "," + HI + ",'tool_choice':{'type':'required'}}", "tool_choice.type", "use auto, any, tool or none"),
                bad("{" + HEAD + "," + HI + ",'tool_choice':{'type':'tool'}}", "tool_choice.name", "is required"),
                bad("{" + HEAD + "," + HI + ",'tool_choice':{'type':'auto','disable_parallel_tool_use':1}}",
                        "tool_choice.disable_parallel_tool_use", "true or false"),
                bad("{" + HEAD + "," + HI + ",'stop_sequences':'END'}", "stop_sequences", "must be an array"),
                bad("{" + HEAD + "," + HI + ",'stop_sequences':['END',3]}", "stop_sequences[1]", "must be a string"),
                bad("{" + HEAD + "," + HI + ",'temperature':1.5}", "temperature", "from 0.0 to 1.0, got 1.5"),
                bad("{" + HEAD + "," + HI + ",'top_p':'high'}", "top_p", "must be a number"),
                bad("{" + HEAD + "," + HI + ",'top_k':-1}", "top_k", ">= 0"),
                bad("{" + HEAD + "," + HI + ",'stream':'yes'}", "stream", "true or false"),
                bad("{" + HEAD + "," + HI + ",'thinking':true}", "thinking", "must be a JSON object"),
                bad("{" + HEAD + "," + HI + ",'metadata':'u1'}", "metadata", "must be a JSON object"),
                bad("{" + HEAD + "," + HI + ",'output_config':[]}", "output_config", "must be a JSON object"),
                bad("{" + HEAD + "," + HI + ",'output_config':{'format':{'type':'xml'}}}", "output_config.format.type",
                        "use json_schema"),
                bad("{" + HEAD + "," + HI + ",'output_config':{'format':{'type':'json_schema'}}}",
                        "output_config.format.schema", "is required"),
                bad("{" + HEAD + "," + HI + ",'output_config':{'effort':3}}", "output_config.effort", "must be a string"));
    }

    private static Arguments bad(String singleQuotedBody, String param, String messagePart) {
        return Arguments.of(singleQuotedBody, param, messagePart);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidRequests")
    void should_refuse_an_invalid_request_naming_the_parameter(String body, String param, String messagePart) {
        byte[] json = body.replace('\'', '"').getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AnthropicCodec.readRequest(json))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo(param);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }
}
