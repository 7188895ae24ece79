package dev.gantry.bench.serverchoice;

/** {@code ProxyMain <candidate> <port> <upstreamPort>}: one candidate proxy in its own JVM, until killed. */
public final class ProxyMain {
    private ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        Candidate candidate = Candidate.of(args[0]);
        candidate.startProxy(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        System.out.println(candidate.id() + " listening on " + args[1]);
        Thread.currentThread().join();
    }
}
