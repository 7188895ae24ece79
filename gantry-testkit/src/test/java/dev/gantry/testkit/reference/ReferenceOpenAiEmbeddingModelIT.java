package dev.gantry.testkit.reference;

import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.testkit.EmbeddingModelContract;

/** Proves the embedding contract is passable. */
class ReferenceOpenAiEmbeddingModelIT extends EmbeddingModelContract {
    @Override
    protected EmbeddingModel model(String fakeBaseUrl) {
        return new ReferenceOpenAiEmbeddingModel(fakeBaseUrl);
    }
}
