package dev.gantry.embed.onnx;

/** all-MiniLM-L6-v2 in float32: neither padding nor another runtime may change its vectors beyond float rounding. */
class MiniLmFullPrecisionIT extends LocalModelChecks {

    @Override
    protected String modelId() {
        return "all-minilm-l6-v2";
    }

    @Override
    protected double batchAgreement() {
        return 0.9999;
    }

    @Override
    protected double referenceAgreement() {
        return 0.9999;
    }
}
