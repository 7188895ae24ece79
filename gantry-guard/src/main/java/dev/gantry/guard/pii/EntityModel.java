package dev.gantry.guard.pii;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped PERSON / LOCATION / ORGANIZATION tagger ({@value #RESOURCE}), a maxent model trained on synthetic
 * sentences (see the test-scope {@code EntityModelTrainer}). Loaded once, on first use; immutable and shared.
 */
final class EntityModel {
    static final String RESOURCE = "/guard/entities-en.bin";

    private EntityModel() {}

    static EntityTaggerModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final EntityTaggerModel MODEL = load();

        private static EntityTaggerModel load() {
            try (InputStream in = EntityModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                return EntityModelFile.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model " + RESOURCE, e);
            }
        }
    }
}
