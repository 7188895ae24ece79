package dev.gantry.testkit;

/**
 * What a request path asks for. Matching is by suffix so an adapter's base-URL choice ("/v1" or not) still
 * lands on the right endpoint.
 *
 * @param pathModel  the model named by the path (Azure deployment, Gemini model), else null
 * @param pathStream Gemini's :streamGenerateContent
 */
record Route(FakeDialect dialect, Endpoint endpoint, String pathModel, boolean pathStream) {

    enum Endpoint { CHAT, EMBED, MODELS, UNKNOWN }

    private static final String DEPLOYMENTS = "/openai/deployments/";
    private static final String MODELS = "/models/";

    static Route of(String method, String path) {
        if (path.contains(DEPLOYMENTS)) return azure(path);
        if (path.contains(MODELS) && path.indexOf(':', path.indexOf(MODELS)) > 0) return gemini(path);
        if (path.endsWith("/chat/completions")) return new Route(FakeDialect.OPENAI, Endpoint.CHAT, null, false);
        if (path.endsWith("/embeddings")) return new Route(FakeDialect.OPENAI, Endpoint.EMBED, null, false);
        if (path.endsWith("/messages")) return new Route(FakeDialect.ANTHROPIC, Endpoint.CHAT, null, false);
        FakeDialect guess = path.startsWith("/v1beta") ? FakeDialect.GEMINI : FakeDialect.OPENAI;
        boolean models = "GET".equals(method) && path.endsWith("/models");
        return new Route(guess, models ? Endpoint.MODELS : Endpoint.UNKNOWN, null, false);
    }

    private static Route azure(String path) {
        int start = path.indexOf(DEPLOYMENTS) + DEPLOYMENTS.length();
        int end = path.indexOf('/', start);
        String deployment = end < 0 ? path.substring(start) : path.substring(start, end);
        Endpoint endpoint = path.endsWith("/chat/completions") ? Endpoint.CHAT
                : path.endsWith("/embeddings") ? Endpoint.EMBED : Endpoint.UNKNOWN;
        return new Route(FakeDialect.OPENAI, endpoint, deployment, false);
    }

    private static Route gemini(String path) {
        int start = path.indexOf(MODELS) + MODELS.length();
        int colon = path.indexOf(':', start);
        String model = path.substring(start, colon);
        String method = path.substring(colon + 1);
        Endpoint endpoint = switch (method) {
            case "generateContent", "streamGenerateContent" -> Endpoint.CHAT;
            case "batchEmbedContents", "embedContent" -> Endpoint.EMBED;
            default -> Endpoint.UNKNOWN;
        };
        return new Route(FakeDialect.GEMINI, endpoint, model, method.equals("streamGenerateContent"));
    }
}
