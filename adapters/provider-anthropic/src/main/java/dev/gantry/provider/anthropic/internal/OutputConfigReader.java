package dev.gantry.provider.anthropic.internal;

import static dev.gantry.provider.anthropic.internal.Fields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;

/**
 * Inbound {@code output_config} of newer API versions: {@code format} (json_schema) becomes the request's
 * response format and {@code effort} its reasoning effort, so both reach any upstream.
 */
final class OutputConfigReader {
    private OutputConfigReader() {
    }

    static void read(JsonNode config, ChatRequest.Builder request) {
        Fields.object(config, "output_config");
        JsonNode format = config.get("format");
        if (!Fields.absent(format)) request.responseFormat(format(format));
        String effort = Fields.optionalText(config, "effort", "output_config.effort");
        if (effort != null) request.reasoningEffort(effort);
    }

    private static ResponseFormat format(JsonNode format) {
        Fields.object(format, "output_config.format");
        String type = Fields.requiredText(format, "type", "output_config.format.type");
        if (!type.equals("json_schema")) {
            throw invalid("output_config.format.type", "'" + type + "' is not supported; use json_schema");
        }
        JsonNode schema = Fields.requiredObject(format, "schema", "output_config.format.schema");
        return new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, null, Json.toMap(schema), null);
    }
}
