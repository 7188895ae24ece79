package dev.gantry.guard.pii;

/** The Luhn mod-10 check used by payment card numbers. */
final class Luhn {
    private Luhn() {}

    static boolean isValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) return false;
            if (doubleIt) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
            doubleIt = !doubleIt;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
