package dev.gantry.guard.pii;

/**
 * The coarse class of a token, as OpenNLP's {@code FeatureGeneratorUtil.tokenFeature} has it (lower case, initial
 * capital, all capitals, single capital, two or four digits, number, digits with a dash, slash, comma or period,
 * letters and digits), plus punctuation and uncased letters (CJK), computed in one pass without copying the token.
 */
final class TokenClass {
    static final int LOWER = 1;
    static final int TWO_DIGITS = 2;
    static final int FOUR_DIGITS = 3;
    static final int ALPHANUMERIC = 4;
    static final int DIGITS_DASH = 5;
    static final int DIGITS_SLASH = 6;
    static final int DIGITS_COMMA = 7;
    static final int DIGITS_PERIOD = 8;
    static final int NUMBER = 9;
    static final int SINGLE_CAPITAL = 10;
    static final int ALL_CAPITALS = 11;
    static final int INITIAL_CAPITAL = 12;
    static final int PUNCTUATION = 13;
    static final int UNCASED = 14;
    static final int OTHER = 15;

    private TokenClass() {}

    static int of(String token) {
        int letters = 0, upper = 0, lower = 0, digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters == 0) return digits == 0 ? PUNCTUATION : numeric(token, digits);
        if (digits > 0) return ALPHANUMERIC;
        return cased(token, letters, upper, lower);
    }

    private static int numeric(String token, int digits) {
        if (digits == token.length()) {
            return digits == 2 ? TWO_DIGITS : digits == 4 ? FOUR_DIGITS : NUMBER;
        }
        if (token.indexOf('-') >= 0) return DIGITS_DASH;
        if (token.indexOf('/') >= 0) return DIGITS_SLASH;
        if (token.indexOf(',') >= 0) return DIGITS_COMMA;
        if (token.indexOf('.') >= 0) return DIGITS_PERIOD;
        return OTHER;
    }

    private static int cased(String token, int letters, int upper, int lower) {
        if (upper == 0 && lower == 0) return UNCASED;
        if (upper == 0) return LOWER;
        if (lower == 0) return letters == 1 ? SINGLE_CAPITAL : ALL_CAPITALS;
        return Character.isUpperCase(token.charAt(0)) ? INITIAL_CAPITAL : OTHER;
    }
}
