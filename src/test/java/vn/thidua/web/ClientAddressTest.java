package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void anIpv6ClientCountsByItsNetworkSinceItCanChangeAddressWithin() {
    assertThat(ClientAddress.counted("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(ClientAddress.counted("2001:db8:1:2::1")).isEqualTo(ClientAddress.counted("2001:db8:1:2::ffff"));
    assertThat(ClientAddress.counted("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.counted("2001:db8:1:2::1"));
    assertThat(ClientAddress.counted("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.counted("203.0.113.7")).isEqualTo("203.0.113.7");
  }
}
