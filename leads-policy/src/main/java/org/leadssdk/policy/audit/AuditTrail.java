package org.leadssdk.policy.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * The append-only, hash-chained audit trail. Each appended {@link AuditEvent} gets the next sequence
 * number and a hash over the sequence, the previous record's hash and the event's canonical JSON
 * (SHA-256, or HMAC-SHA256 with a key), and is stored in the {@link AuditSink}. {@link #verify()} reads
 * the sink back and reports every edited, removed, reordered, inserted or truncated record with its line.
 *
 * <p>Fail closed: {@link #append} throws {@link AuditFailedException} when the record cannot be stored,
 * and {@link #recordThen} / {@link #releaseAfterRecording} run or release an action only after its record
 * is stored. Thread-safe: appends are serialized.
 *
 * <pre>{@code
 * try (FileAuditStore store = FileAuditStore.open(dir.resolve("audit.jsonl"))) {
 *   AuditTrail trail = AuditTrail.builder(store).build();
 *   List<Parolee> shown = trail.releaseAfterRecording(
 *       () -> search(request),
 *       hits -> AuditEvent.of(context, decision, clock.instant()).resultCount((long) hits.size()).build());
 * }
 * }</pre>
 */
public final class AuditTrail {
  private final AuditSink sink;
  private final AuditCodec codec;
  private long lastSequence;
  private String lastHash;

  private AuditTrail(AuditSink sink, byte @Nullable [] key) {
    this.sink = sink;
    this.codec = new AuditCodec(key);
    Optional<AuditHead> head = sink.head();
    if (head.isPresent()) {
      lastSequence = head.get().sequence();
      lastHash = head.get().hash();
    } else if (sink.isEmpty()) {
      lastSequence = 0;
      lastHash = AuditRecord.GENESIS;
    } else {
      throw new AuditFailedException("the audit store holds records but no head; verify it (AuditTrail.verify"
          + "(sink, key)) and restore the head before appending");
    }
  }

  /** A builder for a trail over {@code sink}. */
  public static Builder builder(AuditSink sink) {
    return new Builder(sink);
  }

  /**
   * Appends the event as the next record; returns once the sink has made it durable.
   *
   * @return the stored record
   * @throws AuditFailedException if the record cannot be stored; the trail is then unchanged and the
   *     action the event describes must not be carried out
   */
  public synchronized AuditRecord append(AuditEvent event) {
    Check.notNull("event", event);
    long sequence = lastSequence + 1;
    AuditRecord record = new AuditRecord(sequence, lastHash, codec.hash(sequence, lastHash, event), event);
    try {
      sink.append(record);
    } catch (AuditFailedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AuditFailedException("the audit sink failed to store record " + sequence + ": " + e, e);
    }
    lastSequence = sequence;
    lastHash = record.hash();
    return record;
  }

  /**
   * Records the event, then runs the action: the action runs only if the record is stored.
   *
   * @throws AuditFailedException if the record cannot be stored (the action is not run)
   */
  public <T> T recordThen(AuditEvent event, Supplier<T> action) {
    Check.notNull("action", action);
    append(event);
    return action.get();
  }

  /**
   * Computes a result, records the event describing it, and returns the result only if the record is
   * stored: data is never released unaudited.
   *
   * @throws AuditFailedException if the record cannot be stored (the result is discarded)
   */
  public <T> T releaseAfterRecording(Supplier<T> compute, Function<? super T, AuditEvent> describe) {
    Check.notNull("compute", compute);
    Check.notNull("describe", describe);
    T result = compute.get();
    append(describe.apply(result));
    return result;
  }

  /** The last stored sequence number (0 when none). */
  public synchronized long lastSequence() {
    return lastSequence;
  }

  /** Verifies this trail's sink with this trail's key. */
  public synchronized VerificationResult verify() {
    return verify(sink, codec);
  }

  /**
   * Verifies a sink: reads every entry and reports each alteration with its line.
   *
   * @param key the HMAC key the trail was written with; {@code null} for plain SHA-256
   */
  public static VerificationResult verify(AuditSink sink, byte @Nullable [] key) {
    return verify(Check.notNull("sink", sink), new AuditCodec(key));
  }

  private static VerificationResult verify(AuditSink sink, AuditCodec codec) {
    List<StoredEntry> entries = sink.entries();
    List<AuditProblem> problems = new ArrayList<>();
    List<StoredEntry.Readable> readable = new ArrayList<>();
    Map<Long, List<StoredEntry.Readable>> bySequence = new HashMap<>();
    Set<String> referenced = new HashSet<>();
    for (StoredEntry e : entries) {
      switch (e) {
        case StoredEntry.Readable r -> {
          readable.add(r);
          bySequence.computeIfAbsent(r.record().sequence(), k -> new ArrayList<>()).add(r);
          referenced.add(r.record().previousHash());
        }
        case StoredEntry.Unreadable u -> problems.add(new AuditProblem(
            u.torn() ? AuditProblem.Kind.TORN : AuditProblem.Kind.UNREADABLE, u.position(), null,
            "line " + u.position() + ": " + u.problem()));
      }
    }
    // The genuine record of a sequence number: the one the next record links to, else a self-consistent one.
    Map<Long, StoredEntry.Readable> genuine = new HashMap<>();
    for (Map.Entry<Long, List<StoredEntry.Readable>> g : bySequence.entrySet()) {
      StoredEntry.Readable pick = null;
      for (StoredEntry.Readable r : g.getValue()) {
        if (referenced.contains(r.record().hash()) && selfConsistent(codec, r.record())) {
          pick = r;
          break;
        }
      }
      if (pick == null) {
        for (StoredEntry.Readable r : g.getValue()) {
          if (selfConsistent(codec, r.record())) {
            pick = r;
            break;
          }
        }
      }
      genuine.put(g.getKey(), pick == null ? g.getValue().get(0) : pick);
    }
    long maxSeen = 0;
    for (StoredEntry.Readable r : readable) {
      AuditRecord rec = r.record();
      long seq = rec.sequence();
      long line = r.position();
      if (genuine.get(seq) != r) {
        problems.add(new AuditProblem(AuditProblem.Kind.INSERTED, line, seq, "line " + line
            + ": a second record with sequence " + seq + " that is not part of the chain (inserted or forged)"));
        continue;
      }
      if (!selfConsistent(codec, rec)) {
        problems.add(new AuditProblem(AuditProblem.Kind.EDITED, line, seq,
            "line " + line + ": record " + seq + " does not match its hash (its contents were changed)"));
      }
      if (seq == maxSeen + 1) {
        // in order
      } else if (seq > maxSeen + 1 && missingEverywhere(bySequence, maxSeen + 1, seq - 1)) {
        problems.add(new AuditProblem(AuditProblem.Kind.REMOVED, line, seq, "line " + line + ": record"
            + (seq - 1 == maxSeen + 1 ? " " + (maxSeen + 1) + " is" : "s " + (maxSeen + 1) + "-" + (seq - 1) + " are")
            + " missing before record " + seq));
      } else {
        problems.add(new AuditProblem(AuditProblem.Kind.REORDERED, line, seq,
            "line " + line + ": record " + seq + " is out of order (after record " + maxSeen + ")"));
      }
      String expectedPrevious = null;
      if (seq == 1) {
        expectedPrevious = AuditRecord.GENESIS;
      } else if (genuine.containsKey(seq - 1)) {
        expectedPrevious = genuine.get(seq - 1).record().hash();
      }
      if (expectedPrevious != null && !expectedPrevious.equals(rec.previousHash())) {
        problems.add(new AuditProblem(AuditProblem.Kind.BROKEN_LINK, line, seq, "line " + line + ": record " + seq
            + " does not link to record " + (seq - 1) + " (a record was replaced or forged)"));
      }
      maxSeen = Math.max(maxSeen, seq);
    }
    Optional<AuditHead> head = sink.head();
    if (head.isEmpty()) {
      if (!readable.isEmpty()) {
        problems.add(new AuditProblem(AuditProblem.Kind.HEAD_MISMATCH, 0, null,
            "the head is missing although " + readable.size() + " records exist; a cut of the tail cannot be ruled out"));
      }
    } else {
      AuditHead h = head.get();
      if (h.sequence() > maxSeen) {
        problems.add(new AuditProblem(AuditProblem.Kind.TRUNCATED, 0, maxSeen + 1, "record"
            + (h.sequence() == maxSeen + 1 ? " " + h.sequence() + " is" : "s " + (maxSeen + 1) + "-" + h.sequence() + " are")
            + " missing at the end (the head names record " + h.sequence() + ", the last stored is " + maxSeen + ")"));
      } else {
        StoredEntry.Readable at = genuine.get(h.sequence());
        if (at == null || !at.record().hash().equals(h.hash())) {
          problems.add(new AuditProblem(AuditProblem.Kind.HEAD_MISMATCH, at == null ? 0 : at.position(), h.sequence(),
              "the head's hash does not match record " + h.sequence()));
        }
        if (h.sequence() < maxSeen) {
          StoredEntry.Readable after = genuine.get(h.sequence() + 1);
          problems.add(new AuditProblem(AuditProblem.Kind.INSERTED, after == null ? 0 : after.position(),
              h.sequence() + 1, "records after the head's record " + h.sequence() + " were added outside the trail"));
        }
      }
    }
    return new VerificationResult(readable.size(), maxSeen, problems);
  }

  private static boolean selfConsistent(AuditCodec codec, AuditRecord r) {
    return codec.hash(r.sequence(), r.previousHash(), r.event()).equals(r.hash());
  }

  private static boolean missingEverywhere(Map<Long, ?> bySequence, long from, long to) {
    if (to - from > bySequence.size()) {
      for (Long s : bySequence.keySet()) {
        if (s >= from && s <= to) {
          return false;
        }
      }
      return true;
    }
    for (long s = from; s <= to; s++) {
      if (bySequence.containsKey(s)) {
        return false;
      }
    }
    return true;
  }

  /** Assembles an {@link AuditTrail}. Not thread-safe. */
  public static final class Builder {
    private final AuditSink sink;
    private byte @Nullable [] key;

    private Builder(AuditSink sink) {
      this.sink = Check.notNull("sink", sink);
    }

    /**
     * Chains with HMAC-SHA256 under {@code key} instead of plain SHA-256, so that someone who can rewrite
     * the audit files but does not hold the key cannot forge a consistent chain. Keep the key outside the
     * audit directory.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public Builder hmacKey(byte[] value) {
      Check.notNull("hmacKey", value);
      Check.argument(value.length >= 16, () -> "hmacKey must be at least 16 bytes, got " + value.length);
      this.key = value.clone();
      return this;
    }

    /**
     * Opens the trail at the sink's head.
     *
     * @throws AuditFailedException if the sink holds records but no head
     */
    public AuditTrail build() {
      return new AuditTrail(sink, key);
    }
  }
}
