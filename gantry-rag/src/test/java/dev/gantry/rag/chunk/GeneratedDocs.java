package dev.gantry.rag.chunk;

import java.util.Random;

/** Random but seeded Markdown documents mixing every block kind, sizes from tiny to larger than a chunk. */
final class GeneratedDocs {
    private static final String[] WORDS = {"pump", "valve", "e.g.", "Dr.", "3.14", "pressure", "the", "Fig.",
            "系统", "naïve", "😀", "flow", "i.e.", "U.S.", "rate", "<|endoftext|>", "x=1;", "-", "#tag", "|pipe|"};

    private GeneratedDocs() {
    }

    static String document(Random random) {
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        StringBuilder doc = new StringBuilder();
        int blocks = 5 + random.nextInt(40);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(9)) {
                case 0, 1 -> doc.append("#".repeat(1 + random.nextInt(4))).append(' ').append(words(random, 1 + random.nextInt(5)));
                case 2 -> doc.append(list(random, newline));
                case 3 -> doc.append(code(random, newline));
                case 4 -> doc.append(table(random, newline));
                case 5 -> doc.append(words(random, 100 + random.nextInt(600))); // one sentence without an end
                default -> doc.append(paragraph(random, newline));
            }
            doc.append(newline.repeat(1 + random.nextInt(2)));
        }
        return random.nextBoolean() ? "  " + doc : doc.toString();
    }

    private static String paragraph(Random random, String newline) {
        StringBuilder p = new StringBuilder();
        int sentences = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
        for (int s = 0; s < sentences; s++) {
            String sentence = capitalised(words(random, 2 + random.nextInt(25))) + (random.nextInt(5) == 0 ? "?" : ".");
            p.append(sentence).append(random.nextInt(6) == 0 ? newline : " ");
        }
        return p.toString().strip();
    }

    private static String list(Random random, String newline) {
        StringBuilder l = new StringBuilder();
        int items = 1 + random.nextInt(8);
        for (int i = 0; i < items; i++) {
            l.append(random.nextBoolean() ? "- " : (i + 1) + ". ").append(words(random, 1 + random.nextInt(40))).append('.').append(newline);
        }
        return l.toString();
    }

    private static String code(Random random, String newline) {
        StringBuilder c = new StringBuilder("```python").append(newline);
        int lines = 1 + random.nextInt(random.nextInt(4) == 0 ? 120 : 10);
        for (int i = 0; i < lines; i++) {
            c.append("    ".repeat(random.nextInt(3))).append("value_").append(i).append(" = compute(")
                    .append(words(random, random.nextInt(random.nextInt(10) == 0 ? 400 : 6))).append(')').append(newline);
            if (random.nextInt(8) == 0) c.append(newline);
        }
        return c.append("```").toString();
    }

    private static String table(Random random, String newline) {
        StringBuilder t = new StringBuilder("| id | name | note |").append(newline).append("| --- | --- | --- |").append(newline);
        int rows = 1 + random.nextInt(random.nextInt(4) == 0 ? 80 : 6);
        for (int r = 0; r < rows; r++) {
            t.append("| ").append(r).append(" | ").append(words(random, 1 + random.nextInt(3))).append(" | ")
                    .append(words(random, random.nextInt(12))).append(" |").append(newline);
        }
        return t.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) w.append(' ');
            w.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return w.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
