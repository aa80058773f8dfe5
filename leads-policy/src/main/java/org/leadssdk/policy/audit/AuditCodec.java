package org.leadssdk.policy.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.json.LeadsJson;

/**
 * The canonical JSON of records and the chain hash. The hash of record n is
 * {@code H("leads-audit-v1\n" + n + "\n" + previousHash + "\n" + canonicalJson(event))}, with H SHA-256,
 * or HMAC-SHA256 under the trail's key when one is set. Canonical JSON is the strict LeadsJson mapper's
 * output with the fixed property order of the records, ISO-8601 instants and null fields left out.
 * Thread-safe (a new digest per call).
 */
final class AuditCodec {
  static final ObjectMapper MAPPER = LeadsJson.newMapper();
  private static final HexFormat HEX = HexFormat.of();

  private final byte @Nullable [] key;

  AuditCodec(byte @Nullable [] key) {
    this.key = key == null ? null : key.clone();
  }

  String hash(long sequence, String previousHash, AuditEvent event) {
    byte[] input = ("leads-audit-v1\n" + sequence + "\n" + previousHash + "\n" + json(event))
        .getBytes(StandardCharsets.UTF_8);
    try {
      if (key == null) {
        return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(input));
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(input));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256/HmacSHA256 is not available in this JVM", e);
    }
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AuditFailedException("cannot write the audit record as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
