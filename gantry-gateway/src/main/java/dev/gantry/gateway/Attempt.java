package dev.gantry.gateway;

import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.TargetHealth;

/** The target chosen for one upstream attempt, and the route it belongs to. */
public record Attempt(ModelRoute route, TargetHealth target, String upstreamModel, long startNanos) {
    public String provider() {
        return target.target().provider();
    }
}
