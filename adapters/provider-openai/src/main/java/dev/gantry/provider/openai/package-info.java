/**
 * The OpenAI dialect: {@link dev.gantry.provider.openai.OpenAiCodec} (wire format both ways, used by the
 * gateway's HTTP server and by the adapters), {@link dev.gantry.provider.openai.OpenAiErrors} (the one
 * status-to-ErrorKind mapping), and the adapters {@link dev.gantry.provider.openai.OpenAiChatModel} and
 * {@link dev.gantry.provider.openai.OpenAiEmbeddingModel} for OpenAI, Azure OpenAI and OpenAI-compatible
 * servers (vLLM, SGLang, Ollama, llama.cpp, OpenRouter...).
 *
 * <h2>base-url</h2>
 * Like the OpenAI SDK, the base URL includes the version path: calls go to {@code {base-url}/chat/completions}
 * and {@code {base-url}/embeddings}. A base URL with no path at all gets {@code /v1} added, so
 * {@code http://localhost:8000} and {@code http://localhost:8000/v1} reach the same endpoint; any other path
 * is used as written ({@code https://openrouter.ai/api/v1}, {@code https://api.groq.com/openai/v1}).
 * With {@code azure: true} the base URL is the resource ({@code https://NAME.openai.azure.com}) and calls go
 * to {@code /openai/deployments/{model}/chat/completions?api-version=...} with an {@code api-key} header.
 */
package dev.gantry.provider.openai;
