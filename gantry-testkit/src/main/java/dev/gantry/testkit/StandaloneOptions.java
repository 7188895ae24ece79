package dev.gantry.testkit;

import java.util.List;

/** Command-line options of {@link FakeProvider#main}. */
record StandaloneOptions(String host, int port, long latencyMs) {

    static StandaloneOptions parse(List<String> args) {
        String host = "127.0.0.1";
        int port = 8090;
        long latencyMs = 0;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = i + 1 < args.size() ? args.get(++i) : null;
            switch (name) {
                case "--host" -> host = require(name, value);
                case "--port" -> port = (int) number(name, value);
                case "--latency-ms" -> latencyMs = number(name, value);
                default -> throw new IllegalArgumentException("unknown option '" + name
                        + "'; use --port N, --latency-ms M, --host H");
            }
        }
        return new StandaloneOptions(host, port, latencyMs);
    }

    private static String require(String name, String value) {
        if (value == null) throw new IllegalArgumentException("option " + name + " needs a value");
        return value;
    }

    private static long number(String name, String value) {
        try {
            long n = Long.parseLong(require(name, value));
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " is '" + value + "'; use a whole number >= 0");
        }
    }
}
