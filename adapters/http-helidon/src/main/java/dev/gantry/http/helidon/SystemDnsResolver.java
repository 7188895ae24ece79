package dev.gantry.http.helidon;

import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.spi.DnsResolver;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The JDK's resolver, like Helidon's default, but a name that does not resolve fails with its
 * UnknownHostException as the cause (Helidon's default throws a bare IllegalArgumentException), so
 * failures can say "could not resolve" rather than guess from a message.
 */
final class SystemDnsResolver implements DnsResolver {
    @Override
    public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
        try {
            InetAddress[] found = lookup.filter(InetAddress.getAllByName(hostname));
            if (found.length > 0) return found[0];
            throw new UnknownHostException(hostname + " has no address of the kind " + lookup + " asks for");
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
