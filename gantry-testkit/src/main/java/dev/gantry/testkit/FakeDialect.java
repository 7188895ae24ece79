package dev.gantry.testkit;

/** The wire dialects the fake speaks; a request's dialect follows from its path. */
public enum FakeDialect {
    OPENAI, ANTHROPIC, GEMINI;

    /** The dialect of a request path, e.g. {@code /v1/messages} -> ANTHROPIC (unknown paths read as OPENAI). */
    public static FakeDialect of(String path) {
        return Route.of("POST", path).dialect();
    }

    Dialect wire() {
        return switch (this) {
            case OPENAI -> OpenAiDialect.INSTANCE;
            case ANTHROPIC -> AnthropicDialect.INSTANCE;
            case GEMINI -> GeminiDialect.INSTANCE;
        };
    }
}
