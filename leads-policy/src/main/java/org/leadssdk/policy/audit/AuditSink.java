package org.leadssdk.policy.audit;

import java.util.List;
import java.util.Optional;

/**
 * Where an {@link AuditTrail} keeps its records: the default is the local {@link FileAuditStore}; a host
 * may supply its own (a database table, a WORM store). Implementations must be safe for one writer and
 * concurrent readers.
 *
 * <p>Contract: {@link #append} returns only when the record and the new head are durable (they survive a
 * crash); if it cannot make them durable it throws, and then the record must either be absent or be the
 * last record with the head not yet moved. Records are never changed or removed by the SDK.
 */
public interface AuditSink {
  /**
   * Stores the record after the last one and moves the head to it; durable before returning.
   *
   * @throws AuditFailedException (or any other runtime exception) if it cannot be stored
   */
  void append(AuditRecord record);

  /** The last acknowledged record's sequence and hash; empty for a new store (or a lost head). */
  Optional<AuditHead> head();

  /** Whether the store holds no entry at all. */
  boolean isEmpty();

  /**
   * Every stored entry in stored order, unreadable ones included, for verification.
   *
   * @throws AuditFailedException if the store cannot be read
   */
  List<StoredEntry> entries();
}
