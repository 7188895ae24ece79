package dev.gantry.http.helidon;

import io.helidon.common.socket.SocketOptions;
import io.helidon.http.encoding.ContentEncodingContext;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.http1.Http1Client;
import java.time.Duration;

/** Builds the HTTP/1.1 clients the transport uses; Helidon fixes the connect timeout per client. */
final class HelidonClients {
    private HelidonClients() {
    }

    static Http1Client create(Duration connectTimeout) {
        return Http1Client.builder()
                .socketOptions(SocketOptions.builder()
                        .tcpNoDelay(true) // small request writes and SSE reads must not wait for Nagle
                        .connectTimeout(connectTimeout)
                        .build())
                .connectionListener(new HandshakeTimeout(connectTimeout))
                .dnsResolver(new SystemDnsResolver())
                .followRedirects(false) // a redirect from a provider is an answer to report, not to follow
                .proxy(Proxy.noProxy())
                .shareConnectionCache(false) // so close() only drops this transport's idle connections
                .sendExpectContinue(false)
                .servicesDiscoverServices(false)
                .addService(new BodyReadTimeouts())
                // no transparent decoding: bodies pass through byte for byte, as their headers describe them
                .contentEncoding(ContentEncodingContext.builder().contentEncodingsDiscoverServices(false).build())
                .build();
    }
}
