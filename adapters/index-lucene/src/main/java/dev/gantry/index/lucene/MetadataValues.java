package dev.gantry.index.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Metadata maps as stored JSON, and the rule for which values are also indexed as numbers. */
final class MetadataValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };
    /** Plain decimal notation only: "NaN", "Infinity", hex floats and "1d" are text, not numbers. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private MetadataValues() {
    }

    static String toJson(Map<String, String> metadata) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(metadata));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        if (json == null || json.isEmpty()) return Map.of();
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata is not a JSON object of strings", e);
        }
    }

    /** The value as a double when it is written as a finite decimal number, else null. */
    static Double asNumber(String value) {
        if (value == null || !NUMBER.matcher(value).matches()) return null;
        double d = Double.parseDouble(value);
        return Double.isFinite(d) ? d : null;
    }
}
