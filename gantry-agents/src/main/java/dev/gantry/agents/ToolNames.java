package dev.gantry.agents;

import java.util.regex.Pattern;

/** Tool names as every provider accepts them: OpenAI's rule, 1 to 64 of letters, digits, '_' and '-'. */
public final class ToolNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ToolNames() {
    }

    public static void check(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name '" + name + "' is not allowed; use 1 to 64 letters, digits, "
                    + "'_' or '-' (what every provider accepts), e.g. get_weather");
        }
    }
}
