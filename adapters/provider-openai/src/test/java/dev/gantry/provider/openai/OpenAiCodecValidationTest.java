package dev.gantry.provider.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule of inbound requests: the error names the parameter, the rule and what was sent. */
class OpenAiCodecValidationTest {

    private static final String USER = "{\"role\":\"user\",\"content\":\"hi\"}";

    /** A valid request with {@code fields} added at the top level. */
    private static String chat(String fields) {
        return "{\"model\":\"m\",\"messages\":[" + USER + "]" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    /** A request whose only message is {@code message}. */
    private static String message(String message) {
        return "{\"model\":\"m\",\"messages\":[" + message + "]}";
    }

    private static final String TOOL = "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}";

    static Stream<Arguments> invalidChatRequests() {
        return Stream.of(
                // body and top level
                Arguments.of("{\"model\":", null, "request body is not valid JSON at line 1"),
                Arguments.of("[1,2]", null, "request body must be a JSON object, got an array"),
                Arguments.of("", null, "request body must be a JSON object, got an empty body"),
                Arguments.of("{\"messages\":[" + USER + "]}", "model", "model is required"),
                Arguments.of("{\"model\":7,\"messages\":[" + USER + "]}", "model", "model must be a string, got 7"),
                Arguments.of("{\"model\":\"m\"}", "messages", "messages is required"),
                Arguments.of("{\"model\":\"m\",\"messages\":[]}", "messages", "messages must be a non-empty array"),
                Arguments.of("{\"model\":\"m\",\"messages\":{}}", "messages", "got an object"),
                // messages
                Arguments.of(message("\"hi\""), "messages[0]", "messages[0] must be an object with a role and content, got 'hi'"),
                Arguments.of("{\"model\":\"m\",\"messages\":[" + USER + "," + USER + ",{\"role\":\"robot\",\"content\":\"x\"}]}",
                        "messages[2].role", "messages[2].role 'robot' is not one of system, developer, user, assistant, tool"),
                Arguments.of(message("{\"content\":\"x\"}"), "messages[0].role", "is required: one of system"),
                Arguments.of(message("{\"role\":\"function\",\"content\":\"x\"}"), "messages[0].role", "'function' is not one of"),
                Arguments.of(message("{\"role\":\"user\"}"), "messages[0].content", "is required for user messages"),
                Arguments.of(message("{\"role\":\"system\",\"content\":null}"), "messages[0].content", "is required for system messages"),
                Arguments.of(message("{\"role\":\"user\",\"content\":5}"), "messages[0].content",
                        "must be a string or a non-empty array of content parts, got 5"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[]}"), "messages[0].content", "non-empty array"),
                Arguments.of(message("{\"role\":\"user\",\"content\":\"x\",\"name\":1}"), "messages[0].name", "must be a string"),
                // content parts
                Arguments.of(message("{\"role\":\"user\",\"content\":[\"x\"]}"), "messages[0].content[0]", "must be a content part"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"text\":\"x\"}]}"), "messages[0].content[0].type",
                        "is required: one of text, image_url"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"video\"}]}"), "messages[0].content[0].type",
                        "'video' is not one of text, image_url"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AA\",\"format\":\"wav\"}}]}"),
                        "messages[0].content[0].type", "'input_audio' parts are not supported by this gateway yet"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file\":{\"file_id\":\"f\"}}]}"),
                        "messages[0].content[0].type", "'file' parts are not supported"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}"), "messages[0].content[0].text",
                        "is required and must be a string"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\",\"cache_control\":1}]}"),
                        "messages[0].content[0].cache_control", "must be an object"),
                Arguments.of(message("{\"role\":\"system\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x\"}}]}"),
                        "messages[0].content[0]", "which system messages cannot carry; move the image to a user message"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":5}]}"),
                        "messages[0].content[0].image_url", "must be an object {\"url\""),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{}}]}"),
                        "messages[0].content[0].image_url.url", "is required: an https URL or a data:image"),
                Arguments.of(message("{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x\",\"detail\":\"max\"}}]}"),
                        "messages[0].content[0].image_url.detail", "'max' is not one of auto, low, high"),
                // tool messages and assistant tool calls
                Arguments.of(message("{\"role\":\"tool\",\"content\":\"18C\"}"), "messages[0].tool_call_id",
                        "is required: the id of the assistant tool call"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":{}}"), "messages[0].tool_calls", "must be an array"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[7]}"), "messages[0].tool_calls[0]", "must be a tool call object"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"),
                        "messages[0].tool_calls[0].id", "is required"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"custom\"}]}"),
                        "messages[0].tool_calls[0].type", "'custom' is not supported"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\"}]}"),
                        "messages[0].tool_calls[0].function", "is required"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{\"arguments\":\"{}\"}}]}"),
                        "messages[0].tool_calls[0].function.name", "is required"),
                Arguments.of(message("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1}}}]}"),
                        "messages[0].tool_calls[0].function.arguments", "must be the arguments as JSON text"),
                Arguments.of(message("{\"role\":\"assistant\",\"content\":\"x\",\"reasoning_content\":5}"),
                        "messages[0].reasoning_content", "must be a string"),
                // tools and tool_choice
                Arguments.of(chat("\"tools\":{}"), "tools", "tools must be an array, got an object"),
                Arguments.of(chat("\"tools\":[\"f\"]"), "tools[0]", "must be a tool object"),
                Arguments.of(chat("\"tools\":[{\"type\":\"custom\",\"custom\":{}}]"), "tools[0].type", "only 'function' tools are"),
                Arguments.of(chat("\"tools\":[{\"type\":\"function\"}]"), "tools[0].function", "is required"),
                Arguments.of(chat("\"tools\":[{\"type\":\"function\",\"function\":{\"description\":\"d\"}}]"),
                        "tools[0].function.name", "is required: the function's name"),
                Arguments.of(chat("\"tools\":[" + TOOL + "," + TOOL + "]"), "tools[1].function.name",
                        "'get_weather' is used by an earlier tool"),
                Arguments.of(chat("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":\"{}\"}}]"),
                        "tools[0].function.parameters", "must be an object"),
                Arguments.of(chat("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"strict\":\"yes\"}}]"),
                        "tools[0].function.strict", "must be true or false, got 'yes'"),
                Arguments.of(chat("\"tools\":[" + TOOL + "],\"tool_choice\":\"sometimes\""), "tool_choice",
                        "'sometimes' is not one of auto, none, required"),
                Arguments.of(chat("\"tools\":[" + TOOL + "],\"tool_choice\":1"), "tool_choice", "must be one of auto"),
                Arguments.of(chat("\"tools\":[" + TOOL + "],\"tool_choice\":{\"type\":\"tool\"}"), "tool_choice.type", "use \"function\""),
                Arguments.of(chat("\"tools\":[" + TOOL + "],\"tool_choice\":{\"type\":\"function\"}"), "tool_choice.function", "is required"),
                Arguments.of(chat("\"tools\":[" + TOOL + "],\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"get_time\"}}"),
                        "tool_choice.function.name", "'get_time' is not one of the tools: get_weather"),
                Arguments.of(chat("\"tool_choice\":\"required\""), "tool_choice", "no tools were given; add tools or drop tool_choice"),
                Arguments.of(chat("\"parallel_tool_calls\":\"yes\""), "parallel_tool_calls", "must be true or false"),
                // response_format
                Arguments.of(chat("\"response_format\":\"json\""), "response_format", "must be an object"),
                Arguments.of(chat("\"response_format\":{}"), "response_format.type", "is required: one of text, json_object, json_schema"),
                Arguments.of(chat("\"response_format\":{\"type\":\"xml\"}"), "response_format.type", "'xml' is not one of text, json_object, json_schema"),
                Arguments.of(chat("\"response_format\":{\"type\":\"json_schema\"}"), "response_format.json_schema", "is required for type json_schema"),
                Arguments.of(chat("\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"schema\":{}}}"),
                        "response_format.json_schema.name", "is required"),
                Arguments.of(chat("\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"a\",\"schema\":[]}}"),
                        "response_format.json_schema.schema", "must be an object"),
                // sampling and limits
                Arguments.of(chat("\"n\":0"), "n", "n must be an integer from 1 to 128, got 0"),
                Arguments.of(chat("\"n\":1.5"), "n", "must be an integer"),
                Arguments.of(chat("\"stop\":5"), "stop", "must be a string or an array of strings"),
                Arguments.of(chat("\"stop\":[\"a\",5]"), "stop[1]", "stop[1] must be a string, got 5"),
                Arguments.of(chat("\"seed\":\"x\""), "seed", "must be an integer"),
                Arguments.of(chat("\"seed\":1.5"), "seed", "must be an integer, got 1.5"),
                Arguments.of(chat("\"temperature\":3"), "temperature", "temperature must be a number from 0 to 2, got 3"),
                Arguments.of(chat("\"temperature\":\"hot\""), "temperature", "got 'hot'"),
                Arguments.of(chat("\"top_p\":1.5"), "top_p", "must be a number from 0 to 1"),
                Arguments.of(chat("\"top_k\":-2"), "top_k", "must be an integer of at least -1"),
                Arguments.of(chat("\"max_tokens\":0"), "max_tokens", "must be an integer of at least 1, got 0"),
                Arguments.of(chat("\"max_completion_tokens\":-1"), "max_completion_tokens", "of at least 1"),
                Arguments.of(chat("\"max_tokens\":10,\"max_completion_tokens\":10"), "max_tokens", "send only one of them"),
                Arguments.of(chat("\"presence_penalty\":3"), "presence_penalty", "from -2 to 2"),
                Arguments.of(chat("\"frequency_penalty\":-2.5"), "frequency_penalty", "from -2 to 2, got -2.5"),
                Arguments.of(chat("\"logprobs\":\"true\""), "logprobs", "must be true or false"),
                Arguments.of(chat("\"top_logprobs\":21"), "top_logprobs", "from 0 to 20"),
                Arguments.of(chat("\"user\":5"), "user", "must be a string"),
                Arguments.of(chat("\"stream\":\"true\""), "stream", "must be true or false"),
                Arguments.of(chat("\"stream\":true,\"stream_options\":true"), "stream_options", "must be an object"),
                Arguments.of(chat("\"stream\":true,\"stream_options\":{\"include_usage\":1}"), "stream_options.include_usage",
                        "must be true or false"),
                Arguments.of(chat("\"reasoning_effort\":1"), "reasoning_effort", "must be a string"),
                Arguments.of(chat("\"metadata\":\"x\""), "metadata", "must be an object"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("invalidChatRequests")
    void should_refuse_an_invalid_chat_request_naming_the_parameter(String body, String param, String message) {
        assertThatThrownBy(() -> OpenAiCodec.readChatRequest(body.getBytes(UTF_8)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo(param);
                    assertThat(e.getMessage()).contains(message);
                    if (param != null) assertThat(e.getMessage()).startsWith(param + " ");
                });
    }

    static Stream<Arguments> invalidEmbeddingRequests() {
        return Stream.of(
                Arguments.of("{\"input\":\"x\"}", "model", "model is required"),
                Arguments.of("{\"model\":\"e\"}", "input", "input is required: a string or an array of strings"),
                Arguments.of("{\"model\":\"e\",\"input\":[]}", "input", "non-empty array of strings, got an array"),
                Arguments.of("{\"model\":\"e\",\"input\":{}}", "input", "got an object"),
                Arguments.of("{\"model\":\"e\",\"input\":\"\"}", "input", "must not be an empty string"),
                Arguments.of("{\"model\":\"e\",\"input\":[\"a\",\"\"]}", "input[1]", "must not be an empty string"),
                Arguments.of("{\"model\":\"e\",\"input\":[1,2,3]}", "input[0]", "is a token array; this gateway embeds text only"),
                Arguments.of("{\"model\":\"e\",\"input\":[[1,2],[3]]}", "input[0]", "is a token array"),
                Arguments.of("{\"model\":\"e\",\"input\":[\"a\",{}]}", "input[1]", "must be a string, got an object"),
                Arguments.of("{\"model\":\"e\",\"input\":\"a\",\"encoding_format\":\"int8\"}", "encoding_format",
                        "'int8' is not one of float, base64"),
                Arguments.of("{\"model\":\"e\",\"input\":\"a\",\"dimensions\":0}", "dimensions", "of at least 1"),
                Arguments.of("{\"model\":\"e\",\"input\":\"a\",\"user\":[]}", "user", "must be a string"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("invalidEmbeddingRequests")
    void should_refuse_an_invalid_embedding_request_naming_the_parameter(String body, String param, String message) {
        assertThatThrownBy(() -> OpenAiCodec.readEmbeddingRequest(body.getBytes(UTF_8)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo(param);
                    assertThat(e.getMessage()).startsWith(param + " ").contains(message);
                });
    }
}
