package vn.thidua.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A client address as the per-client limits count it (objections per hour, failed sign-ins): IPv4 as it
 * is, IPv6 by its /64 network, since one host usually holds a whole /64 and can change address at will.
 * Behind a reverse proxy, server.forward-headers-strategy=native makes the request's address the client's.
 */
public final class ClientAddress {

  private ClientAddress() {
  }

  public static String counted(String clientAddress) {
    String address = clientAddress == null ? "" : clientAddress.strip();
    if (!address.contains(":")) {
      return address;
    }
    try {
      // a literal with ':' is parsed as IPv6, never looked up in DNS
      InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
      if (parsed instanceof Inet6Address) {
        byte[] bytes = parsed.getAddress();
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }
}
