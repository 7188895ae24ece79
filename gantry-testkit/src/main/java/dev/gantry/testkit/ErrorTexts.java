package dev.gantry.testkit;

/** Default error messages, worded like the providers' own. */
final class ErrorTexts {
    private ErrorTexts() {
    }

    static String forStatus(int status, int retryAfterSeconds) {
        return switch (status) {
            case 400 -> "Invalid request: the fake provider was scripted to reject this request.";
            case 401 -> "Incorrect API key provided. You can find your API key in your account settings.";
            case 403 -> "Your API key does not have permission to use the specified resource.";
            case 404 -> "The model does not exist or you do not have access to it.";
            case 413 -> "Request exceeds the maximum allowed number of bytes.";
            case 429 -> "Rate limit reached. Please try again in " + retryAfterSeconds + "s.";
            case 500 -> "The server had an error while processing your request. Sorry about that!";
            case 502, 503, 529 -> "The service is temporarily overloaded. Please try again later.";
            case 504 -> "The upstream timed out while processing your request.";
            default -> "The fake provider was scripted to fail with HTTP " + status + ".";
        };
    }
}
