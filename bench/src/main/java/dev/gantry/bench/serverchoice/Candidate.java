package dev.gantry.bench.serverchoice;

/** What the benchmark compares; {@code DIRECT} is the load generator calling the upstream itself (baseline). */
enum Candidate {
    DIRECT("direct (no proxy)"),
    HELIDON_JDK("Helidon SE 4.5.0 + JDK HttpClient"),
    HELIDON_WEBCLIENT("Helidon SE 4.5.0 + Helidon WebClient"),
    VERTX("Vert.x 5.0.10 server + client"),
    JETTY("Jetty 12.1.14 server + client (virtual threads)");

    final String label;

    Candidate(String label) {
        this.label = label;
    }

    String id() {
        return name().toLowerCase().replace('_', '-');
    }

    static Candidate of(String id) {
        return valueOf(id.toUpperCase().replace('-', '_'));
    }

    /** Starts this candidate's proxy in the current JVM. */
    AutoCloseable startProxy(int port, int upstreamPort) throws Exception {
        return switch (this) {
            case DIRECT -> throw new IllegalArgumentException("candidate 'direct' has no proxy to start");
            case HELIDON_JDK -> HelidonJdkProxy.start(port, upstreamPort);
            case HELIDON_WEBCLIENT -> HelidonWebClientProxy.start(port, upstreamPort);
            case VERTX -> VertxProxy.start(port, upstreamPort);
            case JETTY -> JettyProxy.start(port, upstreamPort);
        };
    }
}
