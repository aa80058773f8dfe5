package org.leadssdk.search;

/**
 * Why a "since" download ({@link LeadsSearch#exportSince}) lists a CDC number as a removal: the county
 * deletes it from its copy if it holds it, and ignores it otherwise.
 *
 * <p>The index keeps only the latest version of each record (or its tombstone), so whether a record that
 * changed after the instant was in the query's results before cannot be known; such records are listed
 * whenever they are not in the results now. Records unchanged since the instant are judged exactly.
 */
public enum RemovalReason {
  /**
   * The source removed the record (a feed tombstone) after the instant. A tombstone keeps no content, so
   * it is listed whatever the query: the record may never have been in the county's results.
   */
  DELETED_AT_SOURCE,
  /**
   * The record changed at the source after the instant and is not in the results now: it no longer
   * matches the query, or retention hides it. It may never have been in the results before.
   */
  CHANGED_OUT_OF_RESULTS,
  /**
   * The record did not change after the instant, was in the results at the instant and is not now:
   * retention hid it since (a discharge's year ran out), or a criterion relative to the date (an age
   * range) no longer holds. Exact.
   */
  LEFT_RESULTS
}
