package dev.gantry.core.chat;

/** Who authored a message. DEVELOPER is OpenAI's newer name for a system message. */
public enum Role {
    SYSTEM, DEVELOPER, USER, ASSISTANT, TOOL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromWire(String value) {
        for (Role r : values()) {
            if (r.wire().equals(value)) return r;
        }
        throw new IllegalArgumentException("unknown role '" + value + "'; expected one of system, developer, user, assistant, tool");
    }
}
