package dev.gantry.tools.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a tool may not reach without {@code allow-private}: loopback, unspecified, private (RFC 1918),
 * carrier-grade NAT (100.64/10), link-local (169.254/16 and fe80::/10, cloud metadata included), unique-local
 * (fc00::/7), multicast, and IPv4-mapped or NAT64/6to4-embedded forms of any of these.
 */
public final class AddressPolicy {
    private AddressPolicy() {
    }

    /** @return why the address is refused, or null when it is public */
    public static String refusal(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            InetAddress embedded = embeddedV4(v6.getAddress());
            if (embedded != null) return refusal(embedded);
        }
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isAnyLocalAddress()) return "unspecified";
        if (a.isLinkLocalAddress()) return "link-local";
        if (a.isSiteLocalAddress()) return "private";
        if (a.isMulticastAddress()) return "multicast";
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return "this-network";
            if (first == 100 && second >= 64 && second <= 127) return "carrier-grade NAT";
            if (first == 198 && (second == 18 || second == 19)) return "benchmarking";
            if (first >= 240) return "reserved";
            return null;
        }
        if ((b[0] & 0xfe) == 0xfc) return "unique-local";
        return null;
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) or 2002:ab:cd::/16 (6to4). */
    private static InetAddress embeddedV4(byte[] b) {
        boolean zeros10 = true;
        for (int i = 0; i < 10; i++) zeros10 &= b[i] == 0;
        boolean mapped = zeros10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros10 && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        try {
            if (mapped || compatible || nat64) return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid IPv4 address
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
