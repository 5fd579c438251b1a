package vn.thidua.posting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.web.ClientAddress;

/**
 * Client addresses as the hourly limit counts them: an HMAC-SHA256 with the installation's key, so
 * that the stored value cannot be turned back into an address by trying all of them. An IPv6 client
 * counts by its /64 network ({@link ClientAddress}).
 */
@Component
class ClientAddressHasher {

  private static final Logger log = LoggerFactory.getLogger(ClientAddressHasher.class);
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  ClientAddressHasher(PostingProperties properties) {
    byte[] secret;
    if (properties.addressKey() == null || properties.addressKey().isBlank()) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      log.info("thidua.posting.address-key is not set: client addresses are hashed with a random key made at this "
          + "start, so the hourly objection limit starts over when the application restarts");
    } else {
      secret = properties.addressKey().strip().getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  String hash(String clientAddress) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(ClientAddress.counted(clientAddress).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
