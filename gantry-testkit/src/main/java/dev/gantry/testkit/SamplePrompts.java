package dev.gantry.testkit;

/** Prompts shared by benchmarks and timing mains, so guard timings measured in different places read the same text. */
public final class SamplePrompts {
    /** An ordinary support e-mail naming two cities, with an e-mail address and a phone number (~460 chars). */
    public static final String SUPPORT_EMAIL = "Hello team, I am writing about the order we placed last month for the "
            + "new office in Leeds. The delivery arrived two days late and three of the chairs were damaged in "
            + "transit, so we would like to arrange a replacement or a partial refund, whichever is faster for you. "
            + "Our facilities manager can be reached at priya.raman@northwind-example.com or on +44 20 7946 0958 "
            + "during office hours. Could you also tell us which spare parts are in stock for the standing desks "
            + "and what shipping to Bristol would cost, so that we can plan the installation with the builders? ";

    private SamplePrompts() {}

    /** {@link #SUPPORT_EMAIL} repeated to at least {@code chars} characters (2,300 is about 512 tokens). */
    public static String supportEmail(int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) sb.append(SUPPORT_EMAIL);
        return sb.toString();
    }
}
