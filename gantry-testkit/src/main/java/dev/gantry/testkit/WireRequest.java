package dev.gantry.testkit;

import java.util.List;

/**
 * The dialect-neutral reading of a chat request: what the fake needs to answer and what contract tests
 * assert on.
 *
 * @param includeUsage whether a streamed answer carries usage (OpenAI: stream_options.include_usage; others always)
 * @param n            choices asked for (OpenAI n, Gemini candidateCount)
 * @param inputWords   words of all request text: the default input token count
 */
record WireRequest(FakeDialect dialect, String model, boolean stream, boolean includeUsage, int n,
                   String systemText, String lastUserText, long inputWords, Double temperature, Integer maxTokens,
                   List<String> toolNames) {
}
