package dev.gantry.gateway.route;

/**
 * One place an alias can be served: a configured provider and its model name. A model of "*" means
 * "the name the client asked for" (passthrough routes).
 */
public record Target(String provider, String model, int weight) {
    public Target {
        if (weight < 0) throw new IllegalArgumentException("weight of " + provider + "/" + model + " is " + weight
                + "; weights must be 0 or more");
    }

    /** The upstream model to call for a client request naming {@code requested}. */
    public String upstreamModel(String requested) {
        return "*".equals(model) ? requested : model;
    }

    public String id() {
        return provider + "/" + model;
    }
}
