package dev.gantry.tools.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback", "0.0.0.0, unspecified", ":: , unspecified",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local", "fc00::1, unique-local", "fd12:3456::1, unique-local",
            "224.0.0.1, multicast", "ff02::1, multicast", "100.64.0.1, carrier-grade NAT",
            "::ffff:10.0.0.1, private", "::ffff:127.0.0.1, loopback", "::ffff:169.254.169.254, link-local",
            "64:ff9b::a00:1, private", "2002:c0a8:101::1, private", "::10.0.0.1, private"})
    void should_refuse_non_public_addresses(String address, String why) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address.trim()))).isEqualTo(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "100.128.0.1"})
    void should_allow_public_addresses(String address) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).isNull();
    }
}
