package org.leadssdk.search.lineup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.internal.Check;

/**
 * The key of a line-up: which position holds the subject and whose photo each position shows. It is for
 * the investigator and the audit, never for the eyewitness nor for the administrator of a blind
 * administration (PC 859.7(a)(2), (c): the blind administrator "does not know the identity of the
 * suspect"). The witness package leaves it out; {@link LineupPackage#writeKey} writes it on its own.
 * Immutable.
 *
 * @param subjectPosition the subject's position, from 1
 * @param entries one entry per position, in position order
 */
@JsonPropertyOrder({"subjectPosition", "entries"})
public record LineupKey(int subjectPosition, List<Entry> entries) {
  /**
   * Validates the key.
   *
   * @throws IllegalArgumentException if the entries are not numbered 1, 2, ... in order, the subject's
   *     entry is not at {@code subjectPosition}, a filler has no CDC number, or there is not exactly one
   *     subject
   */
  public LineupKey {
    entries = Check.copy("key.entries", entries);
    int size = entries.size();
    Check.argument(size >= 2, () -> "key.entries must hold the subject and at least one filler, got " + size);
    Check.inRange("key.subjectPosition", subjectPosition, 1, size);
    for (int i = 0; i < size; i++) {
      Entry e = entries.get(i);
      int expected = i + 1;
      Check.argument(e.position() == expected,
          () -> "key.entries[" + expected + "].position must be " + expected + ", got " + e.position());
      boolean subjectHere = expected == subjectPosition;
      Check.argument(e.subject() == subjectHere, () -> "key.entries[" + expected + "].subject must be "
          + subjectHere + " (the subject is at position " + subjectPosition + ")");
      Check.argument(e.subject() || e.cdcNumber() != null,
          () -> "key.entries[" + expected + "].cdcNumber: missing (required for a filler)");
    }
  }

  /** The CDC numbers of every position that has one, in position order (the subject's too, if any). */
  public List<CdcNumber> cdcNumbers() {
    return entries.stream().map(Entry::cdcNumber).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * One position of the key. Immutable.
   *
   * @param position the position, from 1
   * @param subject whether the subject is shown there
   * @param cdcNumber the record shown; {@code null} only for a subject described by the host (not in the
   *     index)
   */
  @JsonPropertyOrder({"position", "subject", "cdcNumber"})
  public record Entry(int position, boolean subject, @Nullable CdcNumber cdcNumber) {
    /** Checks the position. */
    public Entry {
      Check.inRange("key.entry.position", position, 1, LineupSpec.MAX_FILLERS + 1);
    }
  }
}
