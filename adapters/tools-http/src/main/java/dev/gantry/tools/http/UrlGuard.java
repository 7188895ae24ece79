package dev.gantry.tools.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a URL may be called: http(s) only, the host on the allow-list, and (without allow-private) every
 * address the host resolves to public. The JDK client resolves the name again when it connects; the JVM's DNS
 * cache (30 s by default, see networkaddress.cache.ttl) makes that the same answer, which is what this relies on.
 */
public final class UrlGuard {
    /** Host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final Resolver SYSTEM_DNS = InetAddress::getAllByName;
    private final List<String> allowedHosts;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public UrlGuard(List<String> allowedHosts, boolean allowPrivate, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @return why the call is refused, or null when it may go ahead */
    public String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "only http and https URLs are allowed, got '" + scheme + "'";
        String host = uri.getHost();
        if (host == null) return "the URL has no host";
        if (uri.getUserInfo() != null) return "URLs with user info are not allowed";
        String h = host.toLowerCase(Locale.ROOT);
        if (!allowed(h)) return "host '" + host + "' is not on this tool's allowed-hosts list " + allowedHosts;
        if (allowPrivate) return null;
        try {
            for (InetAddress a : resolver.resolve(stripBrackets(h))) {
                String why = AddressPolicy.refusal(a);
                if (why != null) {
                    return "host '" + host + "' resolves to a " + why + " address (" + a.getHostAddress()
                            + "); refused (set allow-private: true for tools meant to reach internal services)";
                }
            }
        } catch (UnknownHostException e) {
            return "host '" + host + "' cannot be resolved";
        }
        return null;
    }

    private boolean allowed(String host) {
        String bare = stripBrackets(host);
        for (String a : allowedHosts) {
            if (a.startsWith("*.") ? bare.endsWith(a.substring(1)) : bare.equals(stripBrackets(a))) return true;
        }
        return false;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
