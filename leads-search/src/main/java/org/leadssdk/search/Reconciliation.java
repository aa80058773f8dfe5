package org.leadssdk.search;

import java.util.List;
import org.leadssdk.core.CdcNumber;

/**
 * The difference between a source's list of records and the index: what the source has that the index
 * lacks, and what the index holds that the source no longer has. Immutable.
 *
 * @param missingFromIndex CDC numbers the source lists but the index does not hold live, sorted
 * @param notInSource CDC numbers the index holds live but the source does not list, sorted
 * @param sourceCount how many distinct CDC numbers the source listed
 * @param indexCount how many live records the index holds
 */
public record Reconciliation(
    List<CdcNumber> missingFromIndex, List<CdcNumber> notInSource, long sourceCount, long indexCount) {
  /** Copies the lists. */
  public Reconciliation {
    missingFromIndex = List.copyOf(missingFromIndex);
    notInSource = List.copyOf(notInSource);
  }

  /** Whether the index and the source hold the same records. */
  public boolean inSync() {
    return missingFromIndex.isEmpty() && notInSource.isEmpty();
  }
}
