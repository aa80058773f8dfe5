package org.leadssdk.policy.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Pattern;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * An event as stored: its sequence number (1, 2, 3, ... without gaps), the hash of the record before it
 * ({@link #GENESIS} for the first) and its own hash over sequence, previous hash and event. Immutable.
 *
 * @param sequence the position in the trail, from 1
 * @param previousHash the previous record's hash, 64 lower-case hex digits
 * @param hash this record's hash, 64 lower-case hex digits
 * @param event the event
 */
@JsonPropertyOrder({"sequence", "previousHash", "hash", "event"})
public record AuditRecord(long sequence, String previousHash, String hash, AuditEvent event) {
  /** The previous hash of the first record: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the record's shape (not its hash: that is {@link AuditTrail#verify()}'s job).
   *
   * @throws IllegalArgumentException if the sequence is below 1 or a hash is not 64 hex digits
   */
  public AuditRecord {
    Check.inRange("record.sequence", sequence, 1, Long.MAX_VALUE);
    hex("record.previousHash", previousHash);
    hex("record.hash", hash);
    Check.notNull("record.event", event);
  }

  static void hex(String field, String value) {
    Check.notNull(field, value);
    if (!HEX.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": " + Mask.plain(value) + " must be 64 lower-case hex digits");
    }
  }
}
