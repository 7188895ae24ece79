package dev.gantry.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.GantryException;
import java.io.IOException;

/** Reading delivery bodies: JSON objects only, with errors that name the field and what it should hold. */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static JsonNode object(byte[] body, String what) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) throw GantryException.invalid(null, what + " must be a JSON object");
            return n;
        } catch (IOException e) {
            throw GantryException.invalid(null, what + " is not valid JSON; send a JSON object");
        }
    }

    /** A required scalar as text (numbers become their decimal text), else an error naming the path. */
    static String required(JsonNode n, String path, String what) {
        JsonNode v = n.at(path);
        if (v.isMissingNode() || v.isNull() || !v.isValueNode() || v.asText().isEmpty()) {
            throw GantryException.invalid(path.substring(1).replace('/', '.'), what + " has no '"
                    + path.substring(1).replace('/', '.') + "'; it is required");
        }
        return v.asText();
    }

    static String compact(JsonNode n) {
        return n.toString();
    }
}
