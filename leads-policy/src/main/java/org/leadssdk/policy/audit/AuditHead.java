package org.leadssdk.policy.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.leadssdk.core.internal.Check;

/**
 * The sequence number and hash of the last acknowledged record, kept apart from the records so that
 * cutting records from the end of the trail is detected. Immutable.
 *
 * @param sequence the last acknowledged sequence number, {@code >= 1}
 * @param hash its hash
 */
@JsonPropertyOrder({"sequence", "hash"})
public record AuditHead(long sequence, String hash) {
  /**
   * Validates the head.
   *
   * @throws IllegalArgumentException if the sequence is below 1 or the hash is not 64 hex digits
   */
  public AuditHead {
    Check.inRange("head.sequence", sequence, 1, Long.MAX_VALUE);
    AuditRecord.hex("head.hash", hash);
  }
}
