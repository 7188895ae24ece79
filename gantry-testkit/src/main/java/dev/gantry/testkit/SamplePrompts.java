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

    /** The same kind of e-mail in Russian, one line per paragraph (~330 chars). */
    public static final String SUPPORT_EMAIL_RU = "Здравствуйте! Пишу по поводу заказа, который мы оформили в прошлом месяце для "
            + "нового офиса в Казани. Доставка опоздала на два дня, три стула повреждены, а в инструкции к столам не хватает "
            + "двух страниц. Подскажите, как оформить замену или частичный возврат, и сколько стоит доставка в Самару?\n";
    /**
     * The same kind of e-mail in Spanish, one line per paragraph (~350 chars). With "a las instrucciones de las mesas
     * les faltan dos páginas" the injection detector flagged it (0.753 against 0.75): one of its false positives on
     * plain requests in the European languages (2.2%, docs/benchmarks.md), so the benchmark, which needs a prompt that
     * passes, says "manual".
     */
    public static final String SUPPORT_EMAIL_ES = "Hola, os escribo por el pedido que hicimos el mes pasado para la nueva oficina de "
            + "Valencia. La entrega llegó con dos días de retraso, tres sillas estaban dañadas y al manual de las mesas "
            + "le faltan dos páginas. ¿Cómo podemos pedir un cambio o un reembolso parcial, y cuánto cuesta el envío a Murcia?\n";
    /** The same kind of e-mail in Chinese, one line per paragraph (~110 chars; Chinese packs ~1 token per 1-2 chars). */
    public static final String SUPPORT_EMAIL_ZH = "您好！我们上个月为杭州新办公室下的订单晚到了两天，有三把椅子在运输中损坏了，"
            + "桌子的说明书也少了两页。请问怎么办理换货或者部分退款？另外，运到苏州的运费是多少？谢谢！\n";

    private SamplePrompts() {}

    /** The support e-mail in {@code language} (en, es, ru or zh), repeated to at least {@code chars} characters. */
    public static String supportEmail(String language, int chars) {
        String paragraph = switch (language) {
            case "en" -> SUPPORT_EMAIL;
            case "ru" -> SUPPORT_EMAIL_RU;
            case "es" -> SUPPORT_EMAIL_ES;
            case "zh" -> SUPPORT_EMAIL_ZH;
            default -> throw new IllegalArgumentException("no sample e-mail in " + language + "; there are en, es, ru and zh");
        };
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) sb.append(paragraph);
        return sb.toString();
    }

    /** {@link #SUPPORT_EMAIL} repeated to at least {@code chars} characters (2,300 is about 512 tokens). */
    public static String supportEmail(int chars) {
        return supportEmail("en", chars);
    }
}
