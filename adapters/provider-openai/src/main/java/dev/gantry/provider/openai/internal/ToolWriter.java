package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Gen.bool;
import static dev.gantry.provider.openai.internal.Gen.obj;
import static dev.gantry.provider.openai.internal.Gen.str;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.io.IOException;
import java.util.List;

/** tools, tool_choice and response_format in the OpenAI shape. */
final class ToolWriter {
    private ToolWriter() {
    }

    static void tools(JsonGenerator g, List<ToolSpec> tools) throws IOException {
        if (tools.isEmpty()) return;
        g.writeArrayFieldStart("tools");
        for (ToolSpec t : tools) {
            g.writeStartObject();
            g.writeStringField("type", "function");
            g.writeObjectFieldStart("function");
            g.writeStringField("name", t.name());
            str(g, "description", t.description());
            obj(g, "parameters", t.parameters());
            bool(g, "strict", t.strict());
            g.writeEndObject();
            obj(g, "cache_control", t.cacheControl());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void toolChoice(JsonGenerator g, ToolChoice c) throws IOException {
        if (c == null) return;
        switch (c.mode()) {
            case AUTO -> g.writeStringField("tool_choice", "auto");
            case NONE -> g.writeStringField("tool_choice", "none");
            case REQUIRED -> g.writeStringField("tool_choice", "required");
            case FUNCTION -> {
                g.writeObjectFieldStart("tool_choice");
                g.writeStringField("type", "function");
                g.writeObjectFieldStart("function");
                g.writeStringField("name", c.functionName());
                g.writeEndObject();
                g.writeEndObject();
            }
        }
    }

    static void responseFormat(JsonGenerator g, ResponseFormat f) throws IOException {
        if (f == null) return;
        g.writeObjectFieldStart("response_format");
        switch (f.type()) {
            case TEXT -> g.writeStringField("type", "text");
            case JSON_OBJECT -> g.writeStringField("type", "json_object");
            case JSON_SCHEMA -> {
                g.writeStringField("type", "json_schema");
                g.writeObjectFieldStart("json_schema");
                g.writeStringField("name", f.name() == null ? "response" : f.name());
                str(g, "description", f.description());
                obj(g, "schema", f.schema());
                bool(g, "strict", f.strict());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }
}
