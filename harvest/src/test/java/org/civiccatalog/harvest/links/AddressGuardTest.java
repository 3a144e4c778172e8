package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses the checker may reach: literal addresses only (no DNS). */
class AddressGuardTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "8.8.8.8, PUBLIC", "2001:4860:4860::8888, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC",
            "127.0.0.1, LOOPBACK", "127.8.9.10, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "100.64.0.1, PRIVATE", "fd12:3456::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "224.0.0.1, NEVER", "0.0.0.0, NEVER", "255.255.255.255, NEVER", "ff02::1, NEVER"})
    void kinds(String address, AddressGuard.Kind kind) throws UnknownHostException {
        assertThat(AddressGuard.kind(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.1.2.3", "169.254.169.254", "127.0.0.1", "224.0.0.1"})
    void refused_by_default(String address) {
        assertThat(new AddressGuard(false, false).check(address)).isInstanceOf(AddressGuard.Refused.class);
    }

    @ParameterizedTest(name = "{0} allowed: {1}, with loopback allowed")
    @CsvSource({"127.0.0.1, true", "10.1.2.3, false", "169.254.169.254, false", "8.8.8.8, true"})
    void twin_loopback_allowed(String address, boolean allowed) {
        assertThat(new AddressGuard(true, false).check(address) instanceof AddressGuard.Allowed).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} allowed: {1}, with private allowed")
    @CsvSource({"127.0.0.1, true", "10.1.2.3, true", "169.254.169.254, true", "224.0.0.1, false", "0.0.0.0, false"})
    void twin_private_allowed(String address, boolean allowed) {
        assertThat(new AddressGuard(false, true).check(address) instanceof AddressGuard.Allowed).isEqualTo(allowed);
    }
}
