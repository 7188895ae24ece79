package dev.gantry.workflows.engine;

import java.util.Map;

/**
 * Code functions a jar contributes to a server's YAML workflows: a {@link java.util.ServiceLoader} service
 * (META-INF/services/dev.gantry.workflows.engine.CodeFunctionSource) found at start-up, each function by the name a
 * `type: code` step gives as `function`.
 */
public interface CodeFunctionSource {
    Map<String, CodeFunction> functions();
}
