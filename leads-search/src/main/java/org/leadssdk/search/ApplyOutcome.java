package org.leadssdk.search;

/** What became of one feed entry given to the index. */
public enum ApplyOutcome {
  /** The entry was newer than what the index held and is now applied. */
  APPLIED,
  /**
   * The index already holds this version or a newer one (an entry repeated after a resume, or an older
   * one arriving late); it was ignored.
   */
  STALE
}
