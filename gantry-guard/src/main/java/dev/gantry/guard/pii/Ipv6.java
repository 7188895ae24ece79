package dev.gantry.guard.pii;

import java.util.regex.Pattern;

/** RFC 4291 text form of IPv6 addresses, checked without any network lookup (unlike InetAddress). */
final class Ipv6 {
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern IPV4_TAIL =
            Pattern.compile("(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private Ipv6() {}

    static boolean isValid(String s) {
        // A bare "::" (the unspecified address) is far more often punctuation, as in "A : B :: C : D".
        if (s.equals("::")) return false;
        int compressed = s.indexOf("::");
        if (compressed != s.lastIndexOf("::") || s.contains(":::")) return false;
        if (compressed < 0) return groups(s, true) == 8;
        String head = s.substring(0, compressed);
        String tail = s.substring(compressed + 2);
        int headGroups = head.isEmpty() ? 0 : groups(head, false);
        int tailGroups = tail.isEmpty() ? 0 : groups(tail, true);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= 7;
    }

    /** How many 16-bit groups {@code part} holds (an IPv4 tail counts two), or -1 when malformed. */
    private static int groups(String part, boolean mayEndInIpv4) {
        String[] pieces = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < pieces.length; i++) {
            boolean last = i == pieces.length - 1;
            if (HEX_GROUP.matcher(pieces[i]).matches()) {
                count++;
            } else if (last && mayEndInIpv4 && IPV4_TAIL.matcher(pieces[i]).matches()) {
                count += 2;
            } else {
                return -1;
            }
        }
        return count;
    }
}
