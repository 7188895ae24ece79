package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** IPv4 dotted quads (strict octets) and IPv6 in full, compressed ({@code ::}) or IPv4-suffixed form. */
final class IpAddressRecognizer implements SingleTypeRecognizer {
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    // Neighbouring dots/digits are excluded so 1.2.3.4.5 or 300.1.1.1 never yield a partial match.
    static final Pattern IPV4 = Pattern.compile(
            "(?<![\\p{Alnum}_.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\p{Alnum}_]|\\.\\d)");
    static final Pattern IPV6_CANDIDATE = Pattern.compile(
            "(?<![\\p{Alnum}_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\\d{1,3}(?:\\.\\d{1,3}){3})?"
                    + "(?![\\p{Alnum}_:]|\\.\\w)");
    // "version 1.2.3.4" and "v1.2.3.4" are release numbers, not hosts.
    private static final Pattern VERSION_CUE = Pattern.compile("(?i)(?:\\bv|\\bver(?:sion)?\\.?\\s*|\\brelease\\s*)$");

    @Override
    public String type() {
        return PiiTypes.IP_ADDRESS;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text.indexOf('.') >= 0) {
            Starts.forEach(IPV4, text, Starts.DIGIT_RUN, v4 -> {
                if (!Context.before(text, v4.start(), 12, VERSION_CUE)) {
                    found.add(new Finding(type(), v4.start(), v4.end(), 0.9, "IPv4 address with valid octets"));
                }
            });
        }
        if (text.indexOf(':') >= 0) {
            Starts.forEach(IPV6_CANDIDATE, text, IpAddressRecognizer::mayStartIpv6, v6 -> {
                if (Ipv6.isValid(v6.group())) {
                    found.add(new Finding(type(), v6.start(), v6.end(), 0.9, "IPv6 address with valid groups"));
                }
            });
        }
        return OverlapResolver.resolve(found); // an IPv6 with an IPv4 tail wins over the tail alone
    }

    /** A hex digit or colon after none of them, with a colon within the first five chars (the first group). */
    static boolean mayStartIpv6(String text, int i) {
        char c = text.charAt(i);
        if (!(c == ':' || Character.digit(c, 16) >= 0 && c < 128)) return false;
        if (i > 0) {
            char before = text.charAt(i - 1);
            if (Starts.isAsciiAlnum(before) || before == '_' || before == ':' || before == '.') return false;
        }
        for (int j = i, end = Math.min(text.length(), i + 5); j < end; j++) if (text.charAt(j) == ':') return true;
        return false;
    }
}
