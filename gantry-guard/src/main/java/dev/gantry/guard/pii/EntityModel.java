package dev.gantry.guard.pii;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped PERSON / LOCATION / ORGANIZATION model ({@value #RESOURCE}), an OpenNLP name finder trained on
 * synthetic sentences (see the test-scope {@code EntityModelTrainer}). Loaded once, on first use; the model object is
 * immutable and shared, while each thread decodes with its own {@code NameFinderME}.
 */
final class EntityModel {
    static final String RESOURCE = "/guard/entities-en.bin";

    private EntityModel() {}

    static TokenNameFinderModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final TokenNameFinderModel MODEL = load();

        private static TokenNameFinderModel load() {
            try (InputStream in = EntityModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                return new TokenNameFinderModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model " + RESOURCE, e);
            }
        }
    }
}
